/** Partner structures and their Camunda groups. */
package fr.pcpe.workflow.partner;
