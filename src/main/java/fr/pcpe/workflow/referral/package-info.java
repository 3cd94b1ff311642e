/** Referrals of a candidate to a drive: pre-screening, the employer's decisions, hire or not (candidate-referral.bpmn, {@link fr.pcpe.workflow.referral.ReferralProcess}). */
package fr.pcpe.workflow.referral;
