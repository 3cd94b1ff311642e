/** Who may do what: one access policy, the guard in front of the engine's REST API, logins and passwords, groups and authorizations (docs/adr/0005). */
package fr.pcpe.workflow.system.security;
