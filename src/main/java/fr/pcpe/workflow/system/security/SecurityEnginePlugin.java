package fr.pcpe.workflow.system.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The engine's side of the security model (docs/adr/0005): the password policy with common passwords
 * refused, failed logins slowed down per account but never locking it for good, no expression in an
 * ad-hoc query (those sent over HTTP, nested ones included, are refused earlier by {@link EngineApiGuard}),
 * no authorization per task for the groups that see every task ({@link TaskAuthorizations}).
 */
@Component
class SecurityEnginePlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnablePasswordPolicy(true);
    configuration.setPasswordPolicy(new PcpePasswordPolicy());
    // each failed login delays the next one for this account (3 s, 6 s, 12 s ... at most 60 s), but no
    // number of failures locks it: an anonymous client must not be able to lock a real user out
    configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
    configuration.setLoginDelayBase(3);
    configuration.setLoginDelayFactor(2);
    configuration.setLoginDelayMaxTime(60);
    configuration.setEnableExpressionsInAdhocQueries(false);
    configuration.setResourceAuthorizationProvider(new TaskAuthorizations());
  }
}
