/** PCPE Workflow: the application's start (the features are the packages below, the ground floor in system). */
package fr.pcpe.workflow;
