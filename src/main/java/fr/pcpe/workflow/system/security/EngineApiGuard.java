package fr.pcpe.workflow.system.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.system.engine.StartFormOptions;
import fr.pcpe.workflow.system.security.EngineApiRequest.Mount;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpMethod;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Guards Camunda's REST API, at {@code /engine-rest} and behind the webapps ({@code /camunda/api}),
 * before the engine sees a request (docs/adr/0005):
 * <ul>
 *   <li>no request, from anybody, may carry a query expression ({@code ...Expression} parameters, at
 *       any depth, {@code orQueries} included): Camunda 7.24 community evaluates them in nested queries;
 *   <li>{@code /engine-rest} is for PCPE staff: structures and employers work in Tasklist and {@code /api};
 *   <li>whoever is not an administrator may not start at chosen activities, skip listeners or input
 *       mappings, modify, migrate or restart instances, correlate messages or signals, write variables
 *       outside a form, throw BPMN errors from a task or manage jobs, deployments and filters; a form
 *       submission (task or start) may carry only the fields of that form, and no Java object;
 *   <li>engine errors never show SQL, and refusals never name another record.
 * </ul>
 */
class EngineApiGuard extends OncePerRequestFilter {

  private static final int MAX_BODY = 10 * 1024 * 1024;
  private static final Pattern EXPRESSION_KEY = Pattern.compile(".*expressions?", Pattern.CASE_INSENSITIVE);
  private static final Set<String> WRITES = Set.of("POST", "PUT", "DELETE", "PATCH");
  /** Collections that Tasklist's Camunda Forms may send back as JSON-serialized Java objects. */
  private static final Set<String> OBJECT_TYPES = Set.of("java.util.ArrayList", "java.util.LinkedHashMap",
      "java.util.HashMap");

  /** Variable types this engine cannot store (no Spin for XML) or that no form of the PCPE sends. */
  private static final Set<String> UNSUPPORTED_TYPES = Set.of("xml", "file", "bytes");

  /** The engine's words for a password its policy refused (a 500 it should have been a 400). */
  private static final String POLICY_REFUSAL = "does not match policy";

  private static final Pattern START = Pattern.compile(
      "/process-definition/(?:key/([^/]+)(?:/tenant-id/([^/]+))?|([^/]+))/(?:start|submit-form)");
  private static final Pattern TASK_SUBMISSION = Pattern.compile("/task/([^/]+)/(?:submit-form|complete|resolve)");
  private static final Pattern TASK_ASSIGNMENT = Pattern.compile("/task/[^/]+/(?:assignee|delegate|claim)");
  private static final Pattern ENGINE_WRAPPING = Pattern.compile(
      "Cannot (?:submit task form|instantiate process definition|start process instance) \\S+: ");
  private static final Pattern START_FORM = Pattern.compile("/process-definition/(?:key/)?[^/]+/deployed-start-form");

  /** What only administrators may do, whatever the engine's authorizations say (paths in lower case). */
  private static final List<Rule> ADMIN_ONLY = List.of(
      Rule.any("/process-instance/[^/]+/modification.*"),
      Rule.any("/modification(/.*)?"),
      Rule.any("/migration(/.*)?"),
      Rule.any("/process-definition/.*/restart.*"),
      Rule.any("/message(/.*)?"),
      Rule.any("/signal(/.*)?"),
      Rule.any("/condition(/.*)?"),
      Rule.any("/process-instance/(delete|suspended|job-retries|variables-async|message-async|set-removal-time|correlation)[^/]*(/.*)?"),
      Rule.writes("/process-instance/(?!count$)[^/]+(/.*)?"),
      Rule.writes("/execution/[^/]+/.*"),
      Rule.writes("/process-definition/(?!.*/(start|submit-form)$).+"),
      Rule.writes("/task/[^/]+/(variables|localvariables)(/.*)?"),
      Rule.any("/task/[^/]+/(bpmnerror|bpmnescalation)"),
      Rule.any("/task/create"),
      Rule.methods(Set.of("PUT", "DELETE"), "/task/[^/]+"),
      Rule.writes("/task/[^/]+/identity-links(/.*)?"),
      Rule.writes("/(deployment|job|job-definition|batch|external-task|incident|decision-definition|decision-requirements-definition|case-[a-z-]+)/(?!count$).+"),
      Rule.any("/filter/create"),
      Rule.methods(Set.of("PUT", "DELETE"), "/filter/[^/]+"),
      Rule.writes("/history/(cleanup.*|.*/delete.*|.*set-removal-time.*)"),
      // a person's name and email belong to the network: links and alerts go there (their password stays theirs)
      Rule.writes("/user/(create|[^/]+/profile)"),
      Rule.writes("/(group|tenant)(/.*)?"),
      Rule.methods(Set.of("PUT", "DELETE"), "/history/.*"));

  private final IdentityService identityService;
  private final FormFields formFields;
  private final Messages messages;
  /** Reads as the engine reads, or refuses: a key twice would show the guard one value and the engine another. */
  private final ObjectMapper json = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final List<StartFormOptions> startFormOptions;

  EngineApiGuard(IdentityService identityService, FormFields formFields, Messages messages,
      List<StartFormOptions> startFormOptions) {
    this.startFormOptions = startFormOptions;
    this.identityService = identityService;
    this.formFields = formFields;
    this.messages = messages;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    EngineApiRequest target = EngineApiRequest.of(request);
    if (target.mount() == Mount.NONE) {
      chain.doFilter(request, response);
      return;
    }
    Optional<Refusal> refusal = queryRefusal(request.getQueryString());
    Caller caller = callerOf(request, target);
    if (refusal.isEmpty() && target.mount() == Mount.ENGINE_REST && !caller.isStaff()) {
      refusal = Optional.of(Refusal.forbidden("engineApi.staffOnly"));
    }
    HttpServletRequest forwarded = request;
    if (refusal.isEmpty() && hasBody(request)) {
      String contentType = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
      if (contentType.startsWith("multipart/")) {
        if (target.isEngine() && !caller.isAdmin()) {
          refusal = Optional.of(Refusal.forbidden("engineApi.adminOnly"));
        }
      } else if (contentType.startsWith("application/x-www-form-urlencoded")) {
        if (target.isEngine()) {
          refusal = Optional.of(new Refusal(HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "engineApi.jsonOnly", List.of()));
        }
      } else {
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        forwarded = new CachedBodyRequest(request, body);
        refusal = body.length > MAX_BODY
            ? Optional.of(new Refusal(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "engineApi.tooLarge", List.of()))
            : bodyRefusal(body, target, caller, request.getMethod());
      }
    }
    if (refusal.isEmpty() && target.isEngine() && !caller.isAdmin() && adminOnly(target, request.getMethod())) {
      refusal = Optional.of(Refusal.forbidden("engineApi.adminOnly"));
    }
    if (refusal.isPresent()) {
      write(response, refusal.get());
      return;
    }
    if (!target.isEngine()) {
      chain.doFilter(forwarded, response);
      return;
    }
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    chain.doFilter(forwarded, buffered);
    hideInternals(buffered);
    if ("GET".equals(request.getMethod()) && target.match(START_FORM) != null) {
      fillStartFormOptions(buffered, caller);
    }
    buffered.copyBodyToResponse();
  }

  /** The user of this request: HTTP Basic on /engine-rest (authenticated just before), else the webapps' session. */
  private Caller callerOf(HttpServletRequest request, EngineApiRequest target) {
    if (target.mount() == Mount.ENGINE_REST) {
      var authentication = identityService.getCurrentAuthentication();
      return authentication == null ? Caller.ANONYMOUS : new Caller(authentication.getUserId(), authentication.getGroupIds());
    }
    UserAuthentication user = WebappSession.user(request);
    return user == null ? Caller.ANONYMOUS : new Caller(user.getIdentityId(), user.getGroupIds());
  }

  private Optional<Refusal> queryRefusal(String queryString) {
    if (queryString == null) {
      return Optional.empty();
    }
    for (String pair : queryString.split("&")) {
      String name;
      try {
        name = URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8);
      } catch (IllegalArgumentException malformed) {
        return Optional.of(Refusal.badRequest("engineApi.badQuery"));
      }
      if (EXPRESSION_KEY.matcher(name.strip()).matches()) {
        return Optional.of(Refusal.badRequest("engineApi.expression"));
      }
    }
    return Optional.empty();
  }

  private Optional<Refusal> bodyRefusal(byte[] body, EngineApiRequest target, Caller caller, String method) {
    if (new String(body, StandardCharsets.UTF_8).isBlank()) {
      return Optional.empty();
    }
    JsonNode root;
    try {
      root = json.readTree(body);
    } catch (IOException unreadable) {
      if (unreadable.getMessage() != null && unreadable.getMessage().startsWith("Duplicate field")) {
        return Optional.of(Refusal.badRequest("engineApi.duplicateKey"));
      }
      return target.isEngine() ? Optional.of(Refusal.badRequest("engineApi.unreadable")) : Optional.empty();
    }
    if (hasKey(root, EXPRESSION_KEY)) {
      return Optional.of(Refusal.badRequest("engineApi.expression"));
    }
    if (anyObject(root, variable -> UNSUPPORTED_TYPES.contains(variable.path("type").asText("").toLowerCase(Locale.ROOT))
        && variable.has("value"))) {
      return Optional.of(Refusal.badRequest("engineApi.objectVariable"));
    }
    if (!target.isEngine() || caller.isAdmin()) {
      return Optional.empty();
    }
    if (hasForeignObject(root)) {
      return Optional.of(Refusal.badRequest("engineApi.objectVariable"));
    }
    if (!caller.isStaff() && target.match(TASK_ASSIGNMENT) != null) {
      String assignee = root.path("userId").asText(null);
      if (assignee != null && !assignee.equals(caller.userId())) {
        return Optional.of(Refusal.forbidden("engineApi.assignOthers"));
      }
    }
    Matcher start = HttpMethod.POST.matches(method) ? target.match(START) : null;
    if (start != null) {
      if (root.path("startInstructions").size() > 0 || isSet(root.path("skipCustomListeners"))
          || isSet(root.path("skipIoMappings"))) {
        return Optional.of(Refusal.forbidden("engineApi.adminOnly"));
      }
      return fieldsRefusal(root, formFields.ofStartForm(start.group(3), start.group(1), start.group(2)));
    }
    Matcher submission = HttpMethod.POST.matches(method) ? target.match(TASK_SUBMISSION) : null;
    if (submission != null) {
      return fieldsRefusal(root, formFields.ofTask(submission.group(1)));
    }
    return Optional.empty();
  }

  /** A submission may set the form's own fields only; unknown tasks and definitions are the engine's 404. */
  private Optional<Refusal> fieldsRefusal(JsonNode root, Optional<Set<String>> allowed) {
    if (allowed.isEmpty()) {
      return Optional.empty();
    }
    Set<String> foreign = new TreeSet<>();
    root.path("variables").fieldNames().forEachRemaining(name -> {
      if (!allowed.get().contains(name)) {
        foreign.add(name);
      }
    });
    return foreign.isEmpty() ? Optional.empty()
        : Optional.of(new Refusal(HttpServletResponse.SC_BAD_REQUEST, "engineApi.notAFormField", List.of(String.join(", ", foreign))));
  }

  /**
   * A flag the engine could read as true: anything but absent, null, false or 0 in whatever spelling
   * ("TRUE", "True" and 1 all start with listeners skipped).
   */
  static boolean isSet(JsonNode flag) {
    if (flag.isMissingNode() || flag.isNull()) {
      return false;
    }
    if (flag.isBoolean()) {
      return flag.booleanValue();
    }
    if (flag.isNumber()) {
      return flag.doubleValue() != 0;
    }
    String text = flag.asText().strip();
    return !(text.equalsIgnoreCase("false") || text.equals("0") || text.isEmpty());
  }

  private static boolean adminOnly(EngineApiRequest target, String method) {
    return ADMIN_ONLY.stream().anyMatch(rule -> rule.applies(method, target));
  }

  /** Whether an object at any depth of the tree satisfies the test. */
  private static boolean anyObject(JsonNode node, Predicate<JsonNode> test) {
    if (node.isObject() && test.test(node)) {
      return true;
    }
    for (JsonNode child : node) {
      if (anyObject(child, test)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasKey(JsonNode root, Pattern key) {
    return anyObject(root, object -> {
      for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
        if (key.matcher(names.next().strip()).matches()) {
          return true;
        }
      }
      return false;
    });
  }

  /** A variable typed Object whose Java type is not one of the JSON collections forms use. */
  private static boolean hasForeignObject(JsonNode root) {
    return anyObject(root, variable -> "object".equalsIgnoreCase(variable.path("type").asText("")) && variable.has("value")
        && (!OBJECT_TYPES.contains(variable.path("valueInfo").path("objectTypeName").asText(""))
            || !"application/json".equals(variable.path("valueInfo").path("serializationDataFormat").asText(""))));
  }

  private static boolean hasBody(HttpServletRequest request) {
    return WRITES.contains(request.getMethod().toUpperCase(Locale.ROOT))
        && (request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null);
  }

  /** A start form's selects that name their options get this user's choices (see StartFormOptions). */
  private void fillStartFormOptions(ContentCachingResponseWrapper response, Caller caller) throws IOException {
    if (response.getStatus() != HttpServletResponse.SC_OK || startFormOptions.isEmpty()) {
      return;
    }
    JsonNode form;
    try {
      form = json.readTree(response.getContentAsByteArray());
    } catch (IOException notJson) {
      return;
    }
    boolean filled = false;
    for (JsonNode component : form.path("components")) {
      String provider = component.path("properties").path("options").asText(null);
      if (provider != null && component instanceof ObjectNode select) {
        var options = startFormOptions.stream().filter(source -> source.name().equals(provider)).findFirst()
            .map(source -> source.options(caller)).orElse(List.of());
        select.set("values", json.valueToTree(options));
        filled = true;
      }
    }
    if (filled) {
      response.resetBuffer();
      response.getOutputStream().write(json.writeValueAsBytes(form));
    }
  }

  private void hideInternals(ContentCachingResponseWrapper response) throws IOException {
    int status = response.getStatus();
    String body = new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
    if (status == HttpServletResponse.SC_BAD_REQUEST) {
      // "Cannot submit task form 8f3c…: Formulaire refusé : …" shows the person only the French part
      Matcher wrapped = ENGINE_WRAPPING.matcher(body);
      if (wrapped.find()) {
        JsonNode error = json.readTree(body);
        if (error instanceof ObjectNode answer && answer.hasNonNull("message")) {
          answer.put("message", ENGINE_WRAPPING.matcher(answer.get("message").asText()).replaceFirst(""));
          response.resetBuffer();
          response.getOutputStream().write(json.writeValueAsBytes(answer));
        }
      }
      return;
    }
    if (status >= 500 && body.contains(POLICY_REFUSAL)) {
      refuseAfterwards(response, HttpServletResponse.SC_BAD_REQUEST, "PasswordPolicyException", text("engineApi.weakPassword", List.of()));
      return;
    }
    Matcher wrapped = ENGINE_WRAPPING.matcher(body);
    String refusedForm = text("form.refused", List.of("")).strip();
    if (status >= 500 && wrapped.find() && body.contains(refusedForm)) {
      // a start form's rules refusing a start through /start, as /submit-form does: 400, the French part only
      JsonNode error = json.readTree(body);
      refuseAfterwards(response, HttpServletResponse.SC_BAD_REQUEST, "FormFieldValidationException",
          ENGINE_WRAPPING.matcher(error.path("message").asText()).replaceFirst(""));
      return;
    }
    String replacement = null;
    if (status == HttpServletResponse.SC_FORBIDDEN) {
      replacement = "engineApi.forbidden";
    } else if (status >= 500 && looksInternal(body)) {
      replacement = "engineApi.internal";
    }
    if (replacement != null) {
      response.resetBuffer();
      response.setContentType("application/json;charset=UTF-8");
      response.getOutputStream().write(errorBody(status == HttpServletResponse.SC_FORBIDDEN
          ? "AuthorizationException" : "ProcessEngineException", text(replacement, List.of())));
    }
  }

  /** Replaces the engine's answer by a refusal with this status and message. */
  private void refuseAfterwards(ContentCachingResponseWrapper response, int status, String type, String message)
      throws IOException {
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.getOutputStream().write(errorBody(type, message));
  }

  private static boolean looksInternal(String body) {
    String lower = body.toLowerCase(Locale.ROOT);
    return lower.contains("### ") || lower.contains("sql") || lower.contains("jdbc") || lower.contains("constraint")
        || lower.contains("org.h2") || lower.contains("postgresql") || lower.contains("index ")
        || lower.contains("exception:");
  }

  private void write(HttpServletResponse response, Refusal refusal) throws IOException {
    response.setStatus(refusal.status());
    response.setContentType("application/json;charset=UTF-8");
    response.getOutputStream().write(errorBody(
        refusal.status() == HttpServletResponse.SC_FORBIDDEN ? "AuthorizationException" : "InvalidRequestException",
        text(refusal.messageKey(), refusal.arguments())));
  }

  private byte[] errorBody(String type, String message) throws JsonProcessingException {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("type", type);
    body.put("message", message);
    return json.writeValueAsBytes(body);
  }

  private String text(String key, List<String> arguments) {
    return messages.say(key, arguments.toArray());
  }

  /** A refusal: its HTTP status and its French message. */
  private record Refusal(int status, String messageKey, List<String> arguments) {

    static Refusal forbidden(String key) {
      return new Refusal(HttpServletResponse.SC_FORBIDDEN, key, List.of());
    }

    static Refusal badRequest(String key) {
      return new Refusal(HttpServletResponse.SC_BAD_REQUEST, key, List.of());
    }
  }

  /** A path (lower case, anchored) refused for some methods (all when empty). */
  private record Rule(Set<String> methods, Pattern path) {

    static Rule any(String path) {
      return new Rule(Set.of(), Pattern.compile(path));
    }

    static Rule writes(String path) {
      return new Rule(WRITES, Pattern.compile(path));
    }

    static Rule methods(Set<String> methods, String path) {
      return new Rule(methods, Pattern.compile(path));
    }

    boolean applies(String method, EngineApiRequest target) {
      return (methods.isEmpty() || methods.contains(method.toUpperCase(Locale.ROOT))) && target.matches(path);
    }
  }
}
