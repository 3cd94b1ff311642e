/** Figures of what the network achieves: a drive's closing report with its funnel per partner structure. */
package fr.pcpe.workflow.impact;
