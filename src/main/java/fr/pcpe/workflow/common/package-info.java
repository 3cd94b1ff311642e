/** What every feature shares: typed process variables ({@link fr.pcpe.workflow.common.ProcessVariable}), referenced entities, input errors, durations in words. */
package fr.pcpe.workflow.common;
