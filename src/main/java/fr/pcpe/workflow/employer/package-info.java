/** Employers: their record and Camunda group, and their job offers. */
package fr.pcpe.workflow.employer;
