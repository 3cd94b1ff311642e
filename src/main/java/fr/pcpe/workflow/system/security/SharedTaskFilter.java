package fr.pcpe.workflow.system.security;

import java.util.function.Function;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * A Tasklist filter a feature shares with the PCPE coordination and every partner structure (the late follow-ups):
 * {@link AccessProvisioning} creates it once and grants it to them, never to employers.
 *
 * @param key its name and description in messages.properties ({@code filter.<key>.name}, {@code .description})
 * @param priority its place in Tasklist's list of filters (lowest first)
 */
public record SharedTaskFilter(String key, int priority, Function<TaskService, TaskQuery> query) {
}
