/** Incubated employment projects: stages, monthly check-ins, the committee advised by committee-advice.dmn (project-incubation.bpmn, {@link fr.pcpe.workflow.incubation.IncubationProcess}). */
package fr.pcpe.workflow.incubation;
