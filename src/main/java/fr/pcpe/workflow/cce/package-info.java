/** Cafés Contact Emploi: plan a job-dating event, invite candidates with the open offers, record the day in one form, report three months later (cafe-contact-emploi.bpmn, {@link fr.pcpe.workflow.cce.CceProcess}). */
package fr.pcpe.workflow.cce;
