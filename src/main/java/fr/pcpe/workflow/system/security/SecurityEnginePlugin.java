package fr.pcpe.workflow.system.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The engine's side of the security model (docs/adr/0005): the password policy with common passwords
 * refused, failed logins never delaying nor locking an account (LoginThrottle limits guessing), no expression in an
 * ad-hoc query (those sent over HTTP, nested ones included, are refused earlier by {@link EngineApiGuard}),
 * no authorization per task for the groups that see every task ({@link TaskAuthorizations}).
 */
@Component
class SecurityEnginePlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setEnablePasswordPolicy(true);
    configuration.setPasswordPolicy(new PcpePasswordPolicy());
    // no number of failures locks an account or delays its next login: the engine's delay refused the real
    // user too, for any attacker (3 s doubling to 60 s per failure); LoginThrottle limits guessing instead,
    // counting apart the clients that logged in as the user before
    configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
    configuration.setLoginDelayBase(0);
    configuration.setLoginDelayMaxTime(0);
    configuration.setEnableExpressionsInAdhocQueries(false);
    configuration.setResourceAuthorizationProvider(new TaskAuthorizations());
  }
}
