/** L'hebdo du PCPE: the weekly digest of open offers, gathered each Monday, reviewed, emailed, and its archive. */
package fr.pcpe.workflow.digest;
