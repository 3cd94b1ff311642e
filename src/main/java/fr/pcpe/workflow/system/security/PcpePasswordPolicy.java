package fr.pcpe.workflow.system.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;

/** Camunda's default policy (10 characters, four kinds, not the user's name) and nothing easy to guess. */
class PcpePasswordPolicy implements PasswordPolicy {

  private final List<PasswordPolicyRule> rules = new ArrayList<>(new DefaultPasswordPolicyImpl().getRules());

  PcpePasswordPolicy() {
    rules.add(new PasswordStrengthRule());
  }

  @Override
  public List<PasswordPolicyRule> getRules() {
    return rules;
  }
}
