/** Candidates: the people partner structures refer, with their consent, each in one structure. */
package fr.pcpe.workflow.candidate;
