package fr.pcpe.workflow.system.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a request to one of the engine's two REST mounts goes: {@code /engine-rest/...} (HTTP Basic)
 * and {@code /camunda/api/engine/engine/{name}/...} (the webapps' session). The resource path is
 * decoded, stripped of path parameters, duplicate and trailing slashes, so that the rules see what
 * Jersey will route.
 */
record EngineApiRequest(Mount mount, String path) {

  enum Mount { ENGINE_REST, WEBAPP_ENGINE, WEBAPP_OTHER, NONE }

  private static final Pattern NAMED_ENGINE = Pattern.compile("^/engine/[^/]+(/.*)?$");

  static EngineApiRequest of(HttpServletRequest request) {
    String full = normalize(request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()));
    if (full.equals("/engine-rest") || full.startsWith("/engine-rest/")) {
      return new EngineApiRequest(Mount.ENGINE_REST, withoutEngineName(full.substring("/engine-rest".length())));
    }
    if (full.startsWith("/camunda/api/engine/")) {
      return new EngineApiRequest(Mount.WEBAPP_ENGINE,
          withoutEngineName(full.substring("/camunda/api/engine".length())));
    }
    if (full.startsWith("/camunda/api/")) {
      return new EngineApiRequest(Mount.WEBAPP_OTHER, full.substring("/camunda/api".length()));
    }
    return new EngineApiRequest(Mount.NONE, full);
  }

  boolean isEngine() {
    return mount == Mount.ENGINE_REST || mount == Mount.WEBAPP_ENGINE;
  }

  /** The path in lower case, for rules that must not be dodged by changing the case. */
  String lowerPath() {
    return path.toLowerCase(Locale.ROOT);
  }

  boolean matches(Pattern pattern) {
    return pattern.matcher(lowerPath()).matches();
  }

  /** The groups of a pattern matched against the path as sent (ids and keys keep their case). */
  Matcher match(Pattern pattern) {
    Matcher matcher = pattern.matcher(path);
    return matcher.matches() ? matcher : null;
  }

  private static String withoutEngineName(String path) {
    Matcher named = NAMED_ENGINE.matcher(path);
    return named.matches() ? (named.group(1) == null ? "" : named.group(1)) : path;
  }

  private static String normalize(String path) {
    String withoutParameters = path.replaceAll(";[^/]*", "");
    String single = withoutParameters.replaceAll("/{2,}", "/");
    return single.length() > 1 && single.endsWith("/") ? single.substring(0, single.length() - 1) : single;
  }
}
