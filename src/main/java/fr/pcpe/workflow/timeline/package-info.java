/**
 * One timeline per candidate: referrals, hires, follow-ups, escalations and contacts in date order, in
 * French, for PCPE staff and the candidate's own structure only.
 */
package fr.pcpe.workflow.timeline;
