/** Cross-cutting configuration: {@code security} (access policy, identity, the engine API guard), {@code engine} (Camunda configuration, form checks), {@code web} (errors and JSON input). */
package fr.pcpe.workflow.system;
