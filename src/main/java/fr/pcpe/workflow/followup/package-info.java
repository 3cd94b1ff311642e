/** Follow-ups after a CCE: meet, propose, check in monthly until an outcome; late steps escalate (follow-up-escalation.bpmn), pauses wait (follow-up-on-hold.bpmn), reconnection meetings (cce-follow-up.bpmn, {@link fr.pcpe.workflow.followup.FollowUpProcess}). */
package fr.pcpe.workflow.followup;
