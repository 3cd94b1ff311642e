/**
 * A person's rights over their data (docs/adr/0008): export, erasure, consent withdrawal, and the nightly
 * anonymisation of candidates whose retention period has passed.
 */
package fr.pcpe.workflow.privacy;
