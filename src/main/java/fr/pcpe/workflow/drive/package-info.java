/** Recruitment drives: onboard an employer, agree the drive, mobilize partner structures, monitor and close (recruitment-drive.bpmn, {@link fr.pcpe.workflow.drive.DriveProcess}). */
package fr.pcpe.workflow.drive;
