package fr.pcpe.workflow.bench;

import com.zaxxer.hikari.HikariDataSource;
import fr.pcpe.workflow.IntegrationTest;
import fr.pcpe.workflow.PackagedJar;
import fr.pcpe.reference.ReferenceApplication;
import fr.pcpe.workflow.TasklistSession;
import fr.pcpe.workflow.TestUsers;
import fr.pcpe.workflow.candidate.Candidate;
import fr.pcpe.workflow.candidate.CandidateRepository;
import fr.pcpe.workflow.drive.TestDrives;
import fr.pcpe.workflow.followup.FollowUpService;
import fr.pcpe.workflow.mail.MailDispatcher;
import fr.pcpe.workflow.mail.MailService;
import fr.pcpe.workflow.referral.ReferralProcess;
import fr.pcpe.workflow.referral.TestReferrals;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestTemplate;

/**
 * The project's benchmark, on demand only (bench/run; never in the test suite): each case against the
 * application and against a minimal reference process deployed on the same engine in the same run. Prints
 * a table of rates, p50/p95 latencies, the ratio application/reference, and the database's commits and
 * rows fetched per request (pg_stat_database; statements too when pg_stat_statements is loaded).
 * {@code -Dbench.n=} sets the size (default 1000).
 */
@IntegrationTest
class Benchmark {

  private static final int N = Integer.getInteger("bench.n", 1000);
  /** The administrator's password (application-test.yaml), also given to the nodes this benchmark starts. */
  private static final String ADMIN_PASSWORD = "Secret-Mot-2026!";
  /** The partner structures the follow-ups are shared among (a PCPE network has a few dozen). */
  private static final int STRUCTURES = 20;
  /** The JVMs whose CPU time a case counts (their ids under /proc): this one, or the nodes draining jobs. */
  private List<String> measuredJvms = List.of("self");

  /** With {@code -Dbench.statements=k}, each case also lists its k costliest SQL statements (pg_stat_statements). */
  private static final int STATEMENTS = Integer.getInteger("bench.statements", 0);
  /** How many application nodes (JVMs of their own, job executor on) drain escalations that are due in real time (0: no such case). */
  private static final int NODES = Integer.getInteger("bench.nodes", 1);

  @LocalServerPort
  int port;
  @Autowired
  TestUsers users;
  @Autowired
  TestReferrals fixtures;
  @Autowired
  TestDrives drives;
  @Autowired
  CandidateRepository candidates;
  @Autowired
  FollowUpService followUps;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  TaskService taskService;
  @Autowired
  HistoryService historyService;
  @Autowired
  ManagementService managementService;
  @Autowired
  FilterService filterService;
  @Autowired
  MailService mails;
  @Autowired
  MailDispatcher dispatcher;
  @Autowired
  TransactionTemplate transaction;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  TestRestTemplate rest;

  /**
   * The reference processes, by file: one task, three tasks, a timer. The reference's tasks are offered to a group
   * that sees every task, as the coordinators do (no authorization row per task), but not to them: their filters are
   * measured on the application's tasks only.
   */
  private static final Map<String, BpmnModelInstance> REFERENCE = Map.of(
      "bench-reference.bpmn", Bpmn.createExecutableProcess("benchReference").camundaHistoryTimeToLive(1)
          .startEvent().userTask().camundaCandidateGroups(Groups.CAMUNDA_ADMIN).endEvent().done(),
      "bench-cycle.bpmn", Bpmn.createExecutableProcess("benchCycle").camundaHistoryTimeToLive(1)
          .startEvent().userTask().camundaCandidateGroups(Groups.CAMUNDA_ADMIN)
          .userTask().camundaCandidateGroups(Groups.CAMUNDA_ADMIN)
          .userTask().camundaCandidateGroups(Groups.CAMUNDA_ADMIN).endEvent().done(),
      "bench-timer.bpmn", Bpmn.createExecutableProcess("benchTimer").camundaHistoryTimeToLive(1)
          .startEvent().intermediateCatchEvent().timerWithDuration("P15D").endEvent().done());

  private final HttpClient http = HttpClient.newHttpClient();
  /** The printed table, each line also logged as soon as its case ends (a long run shows its progress). */
  private final List<String> table = new ArrayList<>() {
    @Override
    public boolean add(String line) {
      System.out.println("bench: " + line);
      return super.add(line);
    }
  };
  /** The database whose counters a case reads: the application's, or plain Camunda's ({@link #onPlainCamunda}). */
  private JdbcTemplate measured;
  /** The reference's cases as run on the application's engine, by case, to set beside plain Camunda's. */
  private final Map<String, Result> onOurEngine = new HashMap<>();
  /** The packaged jar extracted with its class data sharing archive, once made ({@link #extracted()}). */
  private Path extracted;
  /** The rows each table had given out when the case began (only when statements are listed). */
  private Map<String, Long> tablesRead = Map.of();

  /** What one case measured. */
  record Result(String name, int requests, double seconds, List<Double> latenciesMs, Map<String, Long> database,
      List<String> statements) {

    double rate() {
      return requests / seconds;
    }

    /** This result and a later run of the same case, as one (per-request figures weighted by requests). */
    Result and(Result later) {
      List<Double> latencies = new ArrayList<>(latenciesMs);
      latencies.addAll(later.latenciesMs);
      Map<String, Long> perRequest = new HashMap<>();
      database.forEach((key, value) -> perRequest.put(key, later.database.containsKey(key)
          ? (value * requests + later.database.get(key) * later.requests) / (requests + later.requests) : value));
      return new Result(name, requests + later.requests, seconds + later.seconds, latencies,
          later.database.isEmpty() ? database : perRequest, later.statements);
    }

    double percentile(int p) {
      if (latenciesMs.isEmpty()) {
        return Double.NaN;
      }
      List<Double> sorted = new ArrayList<>(latenciesMs);
      Collections.sort(sorted);
      return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
  }

  /** Autovacuum's work where the server has it off, as this machine's has ({@link #autovacuum}). */
  private final ScheduledExecutorService autovacuum = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void reset() {
    ClockUtil.reset();
    autovacuum.shutdownNow();
  }

  @Test
  void run() throws Exception {
    measured = jdbc;
    autovacuum.scheduleWithFixedDelay(this::autovacuum, 1, 1, TimeUnit.MINUTES);
    DeploymentBuilder deployment = repositoryService.createDeployment().name("benchmark reference");
    REFERENCE.forEach(deployment::addModelInstance);
    deployment.deploy();
    String coordinator = users.create("bench", PcpeGroups.COORDINATORS);
    TestReferrals.TestStructure structure = fixtures.structure();
    // its target above the cycle's hires (the drive closes when it is reached)
    String drive = drives.open(Math.max(9_000, cycleInstances())).getBusinessKey();
    List<Long> people = new ArrayList<>();
    for (int i = 0; i < 2 * N; i++) {
      people.add(candidates.save(new Candidate("Bench", "Personne" + i, structure.structure(), Instant.now(),
          structure.referent())).getId());
    }
    AtomicInteger next = new AtomicInteger();
    String admin = "admin:" + ADMIN_PASSWORD;
    // a server in use: its hot code compiled, and the tables a referral fills hold some rows before the first case
    // is timed (on empty tables PostgreSQL keeps, for the whole case, plans made for empty tables and reads them
    // whole each time)
    for (int i = 0; i < Math.max(2_000, N / 10); i++) {
      long warmUp = candidates.save(new Candidate("Bench", "Amorce" + i, structure.structure(), Instant.now(),
          structure.referent())).getId();
      post(structure.referent() + ":" + TestUsers.PASSWORD, "/api/drives/" + drive + "/referrals",
          "{\"candidateId\":" + warmUp + "}");
      post(admin, "/engine-rest/process-definition/key/benchReference/start", "{\"businessKey\":\"w" + i + "\"}");
    }

    AtomicInteger nextKey = new AtomicInteger();
    for (int clients : new int[] {1, 4}) {
      inHalves("referral creation, " + clients + " client(s)", clients, N / 2, i ->
          post(structure.referent() + ":" + TestUsers.PASSWORD, "/api/drives/" + drive + "/referrals",
              "{\"candidateId\":" + people.get(next.getAndIncrement()) + "}"), i ->
          post(admin, "/engine-rest/process-definition/key/benchReference/start",
              "{\"businessKey\":\"b" + nextKey.getAndIncrement() + "\"}"));
    }
    cycleToAHire(drive, coordinator);

    LocalDate today = TestDrives.today();
    // the follow-ups of a network: its structures share them (one of them measured below is the first's referent)
    List<TestReferrals.TestStructure> network = new ArrayList<>(List.of(structure));
    while (network.size() < STRUCTURES) {
      network.add(fixtures.structure());
    }
    // first a warm-up, drained untimed: the escalations' code compiled before they are timed, as the referrals'
    // is (measured first without it, the application paid for the compiler alone: 0.61× at n=1,000)
    int warmUp = Math.max(1_000, N / 100);
    openFollowUps(network, warmUp, "AmorceSuivi", today);
    inParallel(warmUp, i -> runtimeService.startProcessInstanceByKey("benchTimer"));
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(16))));
    jobs("warm-up", "cceFollowUp", "followUpEscalation", "benchTimer");
    ClockUtil.reset();
    inParallel(N, i -> {
      TestReferrals.TestStructure followedBy = network.get(i % STRUCTURES);
      long candidate = i % STRUCTURES == 0 ? people.get(i) : candidates.save(new Candidate("Bench", "Suivi" + i,
          followedBy.structure(), Instant.now(), followedBy.referent())).getId();
      followUps.open(candidate, today, followedBy.referent());
      runtimeService.startProcessInstanceByKey("benchTimer");
    });
    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(16))));
    compare(jobs("follow-up escalations due at once — application", "cceFollowUp", "followUpEscalation"),
        jobs("timers due at once — reference", "benchTimer"));

    String late = filterService.createTaskFilterQuery().filterName("Suivis en retard").singleResult().getId();
    String coordination = filterService.createTaskFilterQuery().filterName("Coordination PCPE").singleResult().getId();
    String me = coordinator + ":" + TestUsers.PASSWORD;
    TasklistSession referent = TasklistSession.login(rest, structure.referent());
    report(query("GET /api/follow-ups/overdue (page of 50)", 50, i -> get(me, "/api/follow-ups/overdue?size=50")));
    report(query("Tasklist « Suivis en retard »: page of 50", 30, i ->
        post(me, "/engine-rest/filter/" + late + "/list?firstResult=0&maxResults=50", "{}")));
    report(query("Tasklist « Suivis en retard »: count", 30, i -> get(me, "/engine-rest/filter/" + late + "/count")));
    report(query("Tasklist « Suivis en retard »: page of 50, a referent", 30, i ->
        referent.post("/filter/" + late + "/list?firstResult=0&maxResults=50", "{}").getStatusCode().value()));
    report(query("Tasklist « Suivis en retard »: count, a referent", 30, i ->
        referent.get("/filter/" + late + "/count").getStatusCode().value()));
    report(query("Tasklist « Coordination PCPE »: page of 50", 30, i ->
        post(me, "/engine-rest/filter/" + coordination + "/list?firstResult=0&maxResults=50", "{}")));
    report(query("Tasklist « Coordination PCPE »: count", 30, i -> get(me, "/engine-rest/filter/" + coordination + "/count")));

    ClockUtil.reset();
    transaction.executeWithoutResult(status -> {
      for (int i = 0; i < N; i++) {
        mails.queue("bench:" + System.nanoTime() + ":" + i, "bench" + (i % 50) + "@test.example", "digest-empty",
            Map.of("week", "semaine de test"));
      }
    });
    Map<String, Long> before = beginCase();
    long start = System.nanoTime();
    int sent = dispatcher.drain();
    report(new Result("email outbox drain", sent, (System.nanoTime() - start) / 1e9, List.of(), delta(before, sent),
        statements(sent)));

    if (NODES > 0) {
      drainedByNodes(network);
    }
    onPlainCamunda();
    startUpAndMemory();

    String printed = String.join("\n", table);
    System.out.println("\n== PCPE Workflow benchmark, n=" + N + ", " + Instant.now() + "\n" + printed + "\n");
    Files.writeString(Path.of("target", "benchmark.txt"), printed + "\n");
  }

  /**
   * The referral cycle to a hire, with 1 then 4 clients: the coordination accepts a referral, its employer plans an
   * interview, then (the interview's timer run as the job executor runs it the morning after) confirms the hire, each
   * submitting the task's form through Tasklist's API with a session, as the browser does (the application's checks,
   * records and emails to the employer); an administrator completes the reference's three tasks with the same
   * variables the same way. The referrals are those the creation case left waiting; {@link #cycleWarmUp} cycles run
   * first, untimed, on each side (a server in use has compiled the cycle's code: at n=10,000 the compiler took half of
   * the application's CPU time without them); a cycle is timed from its first task's lookup to its last answer, in two
   * halves per side, interleaved.
   */
  private void cycleToAHire(String drive, String coordinator) throws Exception {
    int cycles = cycles();
    List<String> referrals = runtimeService.createProcessInstanceQuery().processDefinitionKey(ReferralProcess.KEY)
        .listPage(0, cycleInstances()).stream().map(ProcessInstance::getId).toList();
    List<String> references = new ArrayList<>();
    for (int i = 0; i < cycleInstances(); i++) {
      references.add(runtimeService.startProcessInstanceByKey("benchCycle").getId());
    }
    TasklistSession employer = TasklistSession.login(rest,
        users.create("employeur", drives.find(drive).getEmployer().getGroupId()));
    TasklistSession[] deciders = {TasklistSession.login(rest, coordinator), employer, employer};
    TasklistSession admin = TasklistSession.login(rest, "admin", ADMIN_PASSWORD);
    String[] forms = cycleForms();
    IntFunction<Integer> application = i -> {
      int status = 0;
      for (int step = 0; step < forms.length; step++) {
        if (step == 2) { // the morning after the interview, the job executor opens the hire confirmation
          managementService.executeJob(managementService.createJobQuery().processInstanceId(referrals.get(i))
              .activityId(ReferralProcess.TIMER_INTERVIEW_HELD).singleResult().getId());
        }
        status = Math.max(status, deciders[step].post("/task/" + taskOf(jdbc, referrals.get(i)) + "/submit-form",
            forms[step]).getStatusCode().value());
      }
      return status;
    };
    IntFunction<Integer> reference = referenceCycle(admin, jdbc, references);
    int failed = 0;
    for (int i = 0; i < cycleWarmUp(); i++) {
      failed += application.apply(i) >= 400 ? 1 : 0;
      failed += reference.apply(i) >= 400 ? 1 : 0;
    }
    if (failed > 0) {
      table.add("!! referral cycle's warm-up: " + failed + " failed cycles");
    }
    int done = cycleWarmUp();
    for (int clients : new int[] {1, 4}) {
      int from = done;
      done += inHalves(cycleCase(clients), clients, cycles, i -> application.apply(from + i),
          i -> reference.apply(from + i));
    }
    long hired = historyService.createHistoricActivityInstanceQuery().activityId(ReferralProcess.END_HIRED).count();
    if (hired != done) {
      table.add("!! referral cycle: " + hired + " hires recorded for " + done + " cycles");
    }
  }

  private static String cycleCase(int clients) {
    return "referral cycle to a hire (3 tasks), " + clients + " client(s)";
  }

  /** The reference's cycle: an administrator completes the three tasks of the i-th instance with the cycle's forms. */
  private static IntFunction<Integer> referenceCycle(TasklistSession admin, JdbcTemplate database,
      List<String> instances) {
    String[] forms = cycleForms();
    return i -> {
      int status = 0;
      for (String form : forms) {
        status = Math.max(status, admin.post("/task/" + taskOf(database, instances.get(i)) + "/complete", form)
            .getStatusCode().value());
      }
      return status;
    };
  }

  /** How many cycles are timed on each side: n/20, at least 200, at most 5,000. */
  private static int cycles() {
    return Math.min(5_000, Math.max(200, N / 20));
  }

  /** How many instances the cycle case takes on each side: its warm-up, then the timed cycles with 1 and 4 clients. */
  private static int cycleInstances() {
    return cycleWarmUp() + 2 * cycles();
  }

  /**
   * How many run first, untimed: at least 1,000 (after 200, the compiler still took 45 % of the application's CPU time
   * at n=400), and as many as are timed.
   */
  private static int cycleWarmUp() {
    return Math.max(1_000, cycles());
  }

  /** The cycle's three forms: the pre-selection's, the employer's decision to interview, the hire's confirmation. */
  private static String[] cycleForms() {
    return new String[] {
        "{\"variables\":{\"prescreenDecision\":{\"value\":\"ACCEPT\"}}}",
        "{\"variables\":{\"interviewDecision\":{\"value\":\"INTERVIEW\"},\"interviewDate\":{\"value\":\""
            + TestDrives.today().plusDays(1) + "\"}}}",
        "{\"variables\":{\"hireDecision\":{\"value\":\"HIRED\"},\"contractType\":{\"value\":\"CDI\"},"
            + "\"hireStartDate\":{\"value\":\"" + TestDrives.today().plusDays(7) + "\"},"
            + "\"weeklyHours\":{\"value\":35,\"type\":\"Long\"}}}"};
  }

  /**
   * A case run on each side in two halves, interleaved (application, reference, application, reference), so that
   * neither is always measured first (compiled code, table sizes); each call gets its index among the side's
   * {@code requests}. Prints both and their ratio; returns how many calls each side made.
   */
  private int inHalves(String name, int clients, int requests, IntFunction<Integer> application,
      IntFunction<Integer> reference) throws Exception {
    Result app = null;
    Result ref = null;
    int half = requests / 2;
    for (int from = 0; from < 2 * half; from += half) {
      int offset = from;
      Result appHalf = http(name + " — application", clients, half, i -> application.apply(offset + i));
      Result refHalf = http(name + " — reference", clients, half, i -> reference.apply(offset + i));
      app = app == null ? appHalf : app.and(appHalf);
      ref = ref == null ? refHalf : ref.and(refHalf);
    }
    compare(app, ref);
    onOurEngine.put(name, ref);
    return 2 * half;
  }

  /**
   * The open task of a process instance, read from the database directly (the same way on plain Camunda's), so that
   * neither engine pays for it: the benchmark stands for a user who has the task's link.
   */
  private static String taskOf(JdbcTemplate database, String processInstanceId) {
    return database.queryForObject("select ID_ from ACT_RU_TASK where PROC_INST_ID_ = ?", String.class,
        processInstanceId);
  }

  /**
   * Escalations and reference timers due in real time, drained by the job executors of {@link #NODES}
   * application nodes on this database (this JVM runs none): the nodes started and warmed up, both kinds are
   * made suspended, then each kind activated and timed until none is left to execute.
   */
  private void drainedByNodes(List<TestReferrals.TestStructure> network) throws Exception {
    String[] application = {"cceFollowUp", "followUpEscalation"};
    String[] everyKind = {"cceFollowUp", "followUpEscalation", "benchTimer"};
    List<Node> nodes = new ArrayList<>();
    try {
      for (int i = 0; i < NODES; i++) {
        nodes.add(launch("fr.pcpe.workflow.PcpeWorkflowApplication", "--pcpe.admin.password=" + ADMIN_PASSWORD,
            "--pcpe.mail.dispatch-enabled=false"));
      }
      for (Node node : nodes) {
        node.awaitReady();
      }
      // nodes in use: a node just started interprets the engine's code and compiles it as it drains (timed
      // first, the application paid for that alone: 0.55× at n=1,000 against 0.99× at n=10,000)
      late(network, Math.max(1_000, N / 10), "Amorce");
      awaitNoneDue(Instant.now().plus(Duration.ofMinutes(60)), everyKind);
      for (String key : everyKind) {
        managementService.updateJobDefinitionSuspensionState().byProcessDefinitionKey(key).includeJobs(true).suspend();
      }
      late(network, N, "Noeud");
      measuredJvms = nodes.stream().map(node -> String.valueOf(node.process().pid())).toList();
      Result reference;
      compare(drain("escalations due in real time, " + NODES + " node(s) — application", application),
          reference = drain("timers due in real time, " + NODES + " node(s) — reference", "benchTimer"));
      onOurEngine.put("timers due in real time", reference);
    } finally {
      measuredJvms = List.of("self");
      nodes.forEach(Node::stop);
    }
  }

  /**
   * The reference's cases on plain Camunda 7.24 ({@link ReferenceApplication}: Spring Boot's and Camunda's defaults,
   * with authorization on and the engine's REST API behind HTTP basic authentication, as a secured deployment runs
   * it), in a JVM of its own on a database of its own on the same server, each set beside the same case on the
   * application's engine: "reference on our engine / plain Camunda" says what the project's engine settings give or
   * cost on plain Camunda's own ground (above 1: ours faster). Same requests, same administrator, same amount of data
   * (the reference's tasks and warm-ups as on our engine); a cycle's tasks are looked up in the database
   * directly on both sides ({@link #taskOf}); the timers are drained by plain Camunda's job executor, as the
   * nodes case's node drains them, and are made due by setting their due date.
   */
  private void onPlainCamunda() throws Exception {
    HikariDataSource ours = jdbc.getDataSource().unwrap(HikariDataSource.class);
    String url = ours.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/bench_plain$1");
    jdbc.execute("drop database if exists bench_plain");
    jdbc.execute("create database bench_plain");
    String admin = "admin:" + ADMIN_PASSWORD;
    try (HikariDataSource database = new HikariDataSource()) {
      database.setJdbcUrl(url);
      database.setUsername(ours.getUsername());
      database.setPassword(ours.getPassword());
      database.setMaximumPoolSize(2);
      JdbcTemplate plainJdbc = new JdbcTemplate(database);
      if (statementsCounted()) {
        plainJdbc.execute("create extension pg_stat_statements");
      }
      // the reference's own tasks in a filter, on each side, as Tasklist reads them
      Filter ourFilter = filterService.newTaskFilter("Référence").setOwner("admin")
          .setQuery(taskService.createTaskQuery().processDefinitionKey("benchReference"));
      filterService.saveFilter(ourFilter);
      Result ourPage = query("Tasklist, the reference's tasks: page of 50 — reference", 30, i ->
          post(port, admin, "/engine-rest/filter/" + ourFilter.getId() + "/list?firstResult=0&maxResults=50", "{}"));
      Result ourCount = query("Tasklist, the reference's tasks: count — reference", 30, i ->
          get(port, admin, "/engine-rest/filter/" + ourFilter.getId() + "/count"));

      Node plain = launch("plain Camunda", referenceProgram(), "--spring.config.name=bench-reference",
          "--spring.datasource.url=" + url, "--camunda.bpm.process-engine-name=default",
          "--camunda.bpm.authorization.enabled=true", "--camunda.bpm.admin-user.id=admin", "--camunda.bpm.admin-user.password=" + ADMIN_PASSWORD);
      try {
        plain.awaitReady();
        measured = plainJdbc;
        measuredJvms = List.of(String.valueOf(plain.process().pid()));
        deploy(plain.port());
        String start = "/engine-rest/process-definition/key/benchReference/start";
        for (int i = 0; i < Math.max(2_000, N / 10); i++) {
          post(plain.port(), admin, start, "{\"businessKey\":\"w" + i + "\"}");
        }
        AtomicInteger key = new AtomicInteger();
        for (int clients : new int[] {1, 4}) {
          String name = "referral creation, " + clients + " client(s)";
          versus(name, http(name + " — plain Camunda", clients, 2 * (N / 4), i ->
              post(plain.port(), admin, start, "{\"businessKey\":\"b" + key.getAndIncrement() + "\"}")));
        }
        cycleOnPlainCamunda(plain.port(), plainJdbc);
        String filter = idIn(new RestTemplate().postForObject(
            "http://localhost:" + plain.port() + "/engine-rest/filter/create", new HttpEntity<>("{\"resourceType\":\"Task\",\"name\":\"Référence\",\"owner\":\"admin\","
                + "\"query\":{\"processDefinitionKey\":\"benchReference\"}}", asAdmin(MediaType.APPLICATION_JSON)),
            String.class));
        versus(ourPage, query("Tasklist, the reference's tasks: page of 50 — plain Camunda", 30, i ->
            post(plain.port(), admin, "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=50", "{}")));
        versus(ourCount, query("Tasklist, the reference's tasks: count — plain Camunda", 30, i ->
            get(plain.port(), admin, "/engine-rest/filter/" + filter + "/count")));
        timersOnPlainCamunda(plain.port(), plainJdbc);
      } finally {
        measured = jdbc;
        measuredJvms = List.of("self");
        plain.stop();
      }
    }
  }

  /** The reference processes deployed on plain Camunda through its REST API. */
  private void deploy(int plainPort) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    parts.add("deployment-name", "benchmark reference");
    REFERENCE.forEach((file, model) -> parts.add(file,
        new ByteArrayResource(Bpmn.convertToString(model).getBytes(StandardCharsets.UTF_8)) {
          @Override
          public String getFilename() {
            return file;
          }
        }));
    new RestTemplate().postForEntity("http://localhost:" + plainPort + "/engine-rest/deployment/create",
        new HttpEntity<>(parts, asAdmin(MediaType.MULTIPART_FORM_DATA)), String.class);
  }

  /** Headers of a request of the administrator (HTTP basic authentication) with a body of this type. */
  private static HttpHeaders asAdmin(MediaType body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("admin", ADMIN_PASSWORD);
    headers.setContentType(body);
    return headers;
  }

  /** The first "id" of an engine REST answer (a created instance's or filter's). */
  private static String idIn(String json) {
    Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
    if (!id.find()) {
      throw new IllegalStateException("no id in " + json);
    }
    return id.group(1);
  }

  /** The three-task cycle on plain Camunda, as on our engine: as many untimed first, then timed, 1 then 4 clients. */
  private void cycleOnPlainCamunda(int plainPort, JdbcTemplate plainJdbc) throws Exception {
    int cycles = cycles();
    RestTemplate starts = new RestTemplate();
    List<String> instances = new ArrayList<>();
    for (int i = 0; i < cycleInstances(); i++) {
      instances.add(idIn(starts.postForObject("http://localhost:" + plainPort
          + "/engine-rest/process-definition/key/benchCycle/start",
          new HttpEntity<>("{}", asAdmin(MediaType.APPLICATION_JSON)), String.class)));
    }
    TasklistSession admin = TasklistSession.login(new TestRestTemplate(new RestTemplateBuilder()
        .rootUri("http://localhost:" + plainPort)), "admin", ADMIN_PASSWORD);
    IntFunction<Integer> cycle = referenceCycle(admin, plainJdbc, instances);
    for (int i = 0; i < cycleWarmUp(); i++) {
      cycle.apply(i);
    }
    int done = cycleWarmUp();
    for (int clients : new int[] {1, 4}) {
      int from = done;
      versus(cycleCase(clients), http(cycleCase(clients) + " — plain Camunda", clients, 2 * (cycles / 2),
          i -> cycle.apply(from + i)));
      done += 2 * (cycles / 2);
    }
  }

  /**
   * n reference timers made due at once on plain Camunda and drained by its job executor, after an untimed warm-up
   * as on our node; timed from the first one done.
   */
  private void timersOnPlainCamunda(int plainPort, JdbcTemplate plainJdbc) throws Exception {
    String remaining = "select count(*) from ACT_RU_JOB where PROCESS_DEF_KEY_ = 'benchTimer'";
    String makeDue = "update ACT_RU_JOB set DUEDATE_ = ? where PROCESS_DEF_KEY_ = 'benchTimer'";
    String admin = "admin:" + ADMIN_PASSWORD;
    Result result = null;
    for (boolean timed : new boolean[] {false, true}) { // a warm-up first, as on our node
      int n = timed ? N : Math.max(1_000, N / 10);
      inParallel(n, i -> post(plainPort, admin, "/engine-rest/process-definition/key/benchTimer/start", "{}"));
      long waiting = plainJdbc.queryForObject(remaining, Long.class);
      if (waiting != n) {
        throw new IllegalStateException("plain Camunda holds " + waiting + " reference timers, not " + n);
      }
      Map<String, Long> before = timed ? beginCase() : Map.of();
      plainJdbc.update(makeDue, new Timestamp(System.currentTimeMillis() - 1_000));
      Instant deadline = Instant.now().plus(Duration.ofMinutes(60));
      while (plainJdbc.queryForObject(remaining, Long.class) == n && Instant.now().isBefore(deadline)) {
        Thread.sleep(50);
      }
      long start = System.nanoTime();
      while (plainJdbc.queryForObject(remaining, Long.class) > 0 && Instant.now().isBefore(deadline)) {
        Thread.sleep(250);
      }
      if (timed) { // the warm-up's drain is neither counted nor listed
        result = new Result("timers due in real time, 1 node — plain Camunda (" + n + " jobs)", n,
            (System.nanoTime() - start) / 1e9, List.of(), delta(before, n), statements(n));
      }
    }
    Result ours = onOurEngine.get("timers due in real time");
    if (ours == null) {
      report(result);
    } else {
      versus(ours, result);
    }
  }

  /** A case on plain Camunda beside the same case's reference on our engine (measured by {@link #inHalves}). */
  private void versus(String name, Result plain) {
    versus(onOurEngine.get(name), plain);
  }

  private void versus(Result ours, Result plain) {
    report(ours);
    report(plain);
    table.add(String.format("%-62s %9.2f×", "  ratio reference on our engine/plain Camunda", ours.rate() / plain.rate()));
  }

  /** n follow-ups opened 16 days ago (their escalations due) and n reference timers due, shared by the network. */
  private void late(List<TestReferrals.TestStructure> network, int n, String lastNamePrefix)
      throws InterruptedException {
    openFollowUps(network, n, lastNamePrefix, TestDrives.today().minusDays(16));
    ClockUtil.setCurrentTime(Date.from(Instant.now().minus(Duration.ofDays(16))));
    inParallel(n, i -> runtimeService.startProcessInstanceByKey("benchTimer"));
    ClockUtil.reset();
  }

  /** n follow-ups of new candidates after a CCE on that date, shared by the network's structures. */
  private void openFollowUps(List<TestReferrals.TestStructure> network, int n, String lastNamePrefix, LocalDate eventDate)
      throws InterruptedException {
    inParallel(n, i -> {
      TestReferrals.TestStructure followedBy = network.get(i % STRUCTURES);
      followUps.open(candidates.save(new Candidate("Bench", lastNamePrefix + i, followedBy.structure(), Instant.now(),
          followedBy.referent())).getId(), eventDate, followedBy.referent());
    });
  }

  /** Runs the work for 0 to n-1 on four threads (the data of a case is made faster than one request at a time). */
  private static void inParallel(int n, java.util.function.IntConsumer work) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int index = i;
      done.add(pool.submit(() -> work.accept(index)));
    }
    pool.shutdown();
    for (Future<?> each : done) {
      try {
        each.get();
      } catch (ExecutionException failed) {
        throw new IllegalStateException(failed.getCause());
      }
    }
  }

  /** Activates these processes' suspended jobs and waits until the nodes have executed all that are due. */
  private Result drain(String name, String... processKeys) throws Exception {
    Map<String, Long> before = beginCase();
    long executedBefore = succeeded(processKeys);
    for (String key : processKeys) {
      managementService.updateJobDefinitionSuspensionState().byProcessDefinitionKey(key).includeJobs(true).activate();
    }
    Instant deadline = Instant.now().plus(Duration.ofMinutes(60));
    // timed from the first job done: an idle node looks for jobs again within its maximum wait (5 s)
    while (succeeded(processKeys) == executedBefore && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
    }
    long start = System.nanoTime();
    awaitNoneDue(deadline, processKeys);
    double seconds = (System.nanoTime() - start) / 1e9;
    int executed = (int) (succeeded(processKeys) - executedBefore);
    long failed = Arrays.stream(processKeys)
        .mapToLong(key -> managementService.createJobQuery().processDefinitionKey(key).noRetriesLeft().count()).sum();
    if (failed > 0) {
      table.add("!! " + name + ": " + failed + " jobs failed");
    }
    return new Result(name + " (" + executed + " jobs)", executed, seconds, List.of(), delta(before, executed),
        statements(executed));
  }

  /** Waits until no job of these processes is due (the nodes executing them), at most until the deadline. */
  private void awaitNoneDue(Instant deadline, String... processKeys) throws InterruptedException {
    // a plain count on the job table: the engine's job query joins the executions, and polling it read more
    // rows than the nodes' own work
    String due = "select count(*) from " + managementService.getTableName(Job.class) + " where RETRIES_ > 0"
        + " and (DUEDATE_ is null or DUEDATE_ <= ?) and PROCESS_DEF_KEY_ in ("
        + Arrays.stream(processKeys).map(key -> "?").collect(Collectors.joining(", ")) + ")";
    while (Instant.now().isBefore(deadline) && jdbc.queryForObject(due, Long.class, Stream.concat(
        Stream.of(new Timestamp(System.currentTimeMillis())), Arrays.stream(processKeys)).toArray()) > 0) {
      Thread.sleep(250);
    }
  }

  private long succeeded(String... processKeys) {
    return Arrays.stream(processKeys).mapToLong(key -> historyService.createHistoricJobLogQuery().successLog()
        .processDefinitionKey(key).count()).sum();
  }

  /**
   * How long a node takes to start and what it then occupies in memory (medians of 3, interleaved): the application
   * as its image runs it (the packaged jar extracted, with the class data sharing archive of a training start, both
   * made by docker/cds.sh), the same without the archive, and the reference as Spring Boot runs it by default, on
   * the same libraries (the extracted jar's).
   */
  private void startUpAndMemory() throws Exception {
    Path extracted = extracted();
    String jar = extracted.resolve(PackagedJar.file().getFileName()).toString();
    String password = "--pcpe.admin.password=" + ADMIN_PASSWORD;
    List<String> withArchive = List.of("-XX:SharedArchiveFile=" + extracted.resolve("application.jsa"), "-jar", jar);
    List<Started> application = new ArrayList<>();
    List<Started> withoutArchive = new ArrayList<>();
    List<Started> reference = new ArrayList<>();
    for (int run = 0; run < 3; run++) {
      application.add(start("application", withArchive, password));
      withoutArchive.add(start("application", List.of("-jar", jar), password));
      reference.add(start("reference", referenceProgram(), "--spring.config.name=bench-reference"));
    }
    Started app = Started.median(application);
    Started plain = Started.median(withoutArchive);
    Started ref = Started.median(reference);
    table.add(startUpLine("application (its image: CDS archive)", app));
    table.add(startUpLine("application without the archive", plain));
    table.add(startUpLine("reference", ref));
    table.add(ratioLine("application/reference (lower is better)", app, ref));
    table.add(ratioLine("application without the archive/reference", plain, ref));
  }

  private static String startUpLine(String what, Started started) {
    return String.format("%-62s %7.1f s    resident memory %5d MiB, after a full collection %5d MiB",
        "start-up until ready — " + what, started.seconds(), started.residentMiB(), started.collectedMiB());
  }

  private static String ratioLine(String what, Started started, Started reference) {
    return String.format("%-62s %9.2f×  memory %.2f×, after a full collection %.2f×", "  ratio " + what,
        started.seconds() / reference.seconds(), (double) started.residentMiB() / reference.residentMiB(),
        (double) started.collectedMiB() / reference.collectedMiB());
  }

  /** The reference application, on the same libraries as the application (the extracted jar's). */
  private List<String> referenceProgram() throws Exception {
    return List.of("-cp", Path.of("target", "test-classes").toAbsolutePath() + File.pathSeparator
        + extracted().resolve("lib") + File.separator + "*", ReferenceApplication.class.getName());
  }

  /** The packaged jar extracted with its class data sharing archive, as the image does (docker/cds.sh), once. */
  private Path extracted() throws Exception {
    if (extracted == null) {
      Path into = Path.of("target", "bench-cds").toAbsolutePath();
      Path log = Path.of("target", "bench-cds.log");
      Process archiving = PackagedJar.classDataSharing(PackagedJar.file(), into, log).start();
      if (!archiving.waitFor(5, TimeUnit.MINUTES) || archiving.exitValue() != 0) {
        throw new IllegalStateException("docker/cds.sh failed: see " + log);
      }
      extracted = into;
    }
    return extracted;
  }

  /**
   * A node's start: seconds until Spring said it was ready (JVM start included), resident memory 5 s later, and
   * resident memory once a full collection has given back what the heap does not hold (G1 sizes the heap from how
   * fast a start allocates, and shrinks it only after a marking cycle: the first figure mostly says whether one ran
   * during the start, docs/adr/0009).
   */
  record Started(double seconds, long residentMiB, long collectedMiB) {

    static Started median(List<Started> runs) {
      return new Started(median(runs, Started::seconds), median(runs, Started::residentMiB),
          median(runs, Started::collectedMiB));
    }

    private static <T extends Comparable<T>> T median(List<Started> runs, Function<Started, T> figure) {
      return runs.stream().map(figure).sorted().toList().get(runs.size() / 2);
    }
  }

  /** This JVM's classpath without its empty entries (the working directory: its processes/ would be deployed twice). */
  private static String classpath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.isBlank()).collect(Collectors.joining(File.pathSeparator));
  }

  /** Starts a program (JVM options, then what to run) in a JVM of its own, on the benchmark's database, then stops it. */
  private Started start(String name, List<String> program, String... args) throws Exception {
    Node node = launch(name, program, args);
    try {
      double seconds = node.awaitReady();
      Thread.sleep(5_000);
      long resident = residentMiB(node.process());
      Process collection = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
          String.valueOf(node.process().pid()), "GC.run").redirectErrorStream(true).start();
      collection.getInputStream().transferTo(OutputStream.nullOutputStream());
      if (!collection.waitFor(60, TimeUnit.SECONDS) || collection.exitValue() != 0) {
        throw new IllegalStateException("jcmd GC.run failed on " + name);
      }
      Thread.sleep(2_000);
      return new Started(seconds, resident, residentMiB(node.process()));
    } finally {
      node.stop();
    }
  }

  private static long residentMiB(Process process) throws IOException {
    String status = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "status"));
    Matcher rss = Pattern.compile("VmRSS:\\s+(\\d+) kB").matcher(status);
    return rss.find() ? Long.parseLong(rss.group(1)) / 1024 : -1;
  }

  /** A JVM started by the benchmark, its output in a log file. */
  record Node(String name, Process process, Path log, int port) {

    /** Waits until Spring says the node is ready: the seconds since the JVM started. */
    double awaitReady() throws Exception {
      Pattern ready = Pattern.compile("Started \\w+ in [0-9.]+ seconds \\(process running for ([0-9.]+)\\)");
      Instant deadline = Instant.now().plusSeconds(180);
      while (Instant.now().isBefore(deadline) && process.isAlive()) {
        Matcher started = ready.matcher(Files.readString(log));
        if (started.find()) {
          return Double.parseDouble(started.group(1));
        }
        Thread.sleep(100);
      }
      throw new IllegalStateException(name + " did not start: see " + log);
    }

    void stop() {
      process.destroy();
      try {
        process.waitFor(60, TimeUnit.SECONDS);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Starts a main class of this classpath in a JVM of its own, on the benchmark's database (bench/run's). */
  private Node launch(String mainClass, String... args) throws IOException {
    return launch(mainClass, List.of("-cp", classpath(), mainClass), args);
  }

  /** Starts a program (JVM options, then what to run) in a JVM of this JDK, on the benchmark's database. */
  private Node launch(String name, List<String> program, String... args) throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path log = Files.createTempFile("bench-node", ".log");
    // the image's JVM settings (docker/Dockerfile's JAVA_TOOL_OPTIONS), on every side
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:MaxRAMPercentage=75", "-Duser.timezone=Europe/Paris"));
    command.addAll(program);
    command.add("--server.port=" + port);
    command.addAll(List.of(args));
    return new Node(name, new ProcessBuilder(command).directory(Path.of("target").toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start(), log, port);
  }

  /**
   * Fresh planner statistics before each case, as a database in use has them (autovacuum analyses a table
   * after a tenth of its rows changed, within a minute): without them PostgreSQL plans the tables this
   * benchmark has just filled as if they were still empty (at n=10,000 escalations ran 5 times slower).
   */
  private void analyze() {
    try {
      measured.execute("analyze");
    } catch (RuntimeException notPostgres) {
      // H2 keeps its statistics itself
    }
  }

  /**
   * What autovacuum would do on a database in use, where the server has it off (this machine's does): every
   * minute, with its default thresholds and nap time, each table with more dead rows than 50 + a fifth of its rows is
   * vacuumed, and each table changed by more than 50 + a tenth since its last analysis is analysed again. A table
   * that fills during a case (the outbox during the escalations) is then planned as in production, not for the empty
   * table it was when the case began; and the tables whose rows come and go (authorizations, tasks, jobs) are not
   * read through the dead rows a server in use would have vacuumed.
   */
  private void autovacuum() {
    autovacuum(jdbc);
    if (measured != jdbc) {
      autovacuum(measured);
    }
  }

  private static void autovacuum(JdbcTemplate database) {
    try {
      if (!"off".equals(database.queryForObject("show autovacuum", String.class))) {
        return;
      }
      String tables = "select quote_ident(s.relname) from pg_stat_user_tables s join pg_class c on c.oid = s.relid where ";
      for (String table : database.queryForList(tables + "s.n_dead_tup > 50 + 0.2 * greatest(c.reltuples, 0)",
          String.class)) {
        database.execute("vacuum " + table);
      }
      for (String table : database.queryForList(tables + "s.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0)",
          String.class)) {
        database.execute("analyze " + table);
      }
    } catch (RuntimeException notPostgres) {
      // H2 keeps its statistics itself
    }
  }

  /**
   * Before a case: the dead rows vacuumed as autovacuum would have, fresh statistics, the statement counts reset when
   * they are listed, the database's counters.
   */
  private Map<String, Long> beginCase() {
    autovacuum();
    analyze();
    if (STATEMENTS > 0 && statementsCounted()) {
      settle(); // the tables' counters once the backends have reported the previous case
      measured.queryForList("select pg_stat_statements_reset()");
      reportingStatements = 0;
      tablesRead = tablesRead();
    }
    return database();
  }

  /**
   * A read a user repeats, one request at a time, after 5 untimed ones: the first requests of a case pay for the
   * just-in-time compiler and PostgreSQL's cold buffers, which a server in use has long paid. A read that takes
   * seconds (plain Camunda's filter at n=10,000: 13 s a page) is timed 10 times, not {@code requests}: its p95 says
   * as much, and 30 of them took a quarter of an hour of each run.
   */
  private Result query(String name, int requests, IntFunction<Integer> call) throws Exception {
    long start = System.nanoTime();
    for (int i = 0; i < 5; i++) {
      call.apply(i);
    }
    boolean slow = System.nanoTime() - start > TimeUnit.SECONDS.toNanos(5);
    return http(name, 1, slow ? Math.min(10, requests) : requests, call);
  }

  /** {@code requests} calls from {@code clients} threads; each call's latency, the total rate. */
  private Result http(String name, int clients, int requests, IntFunction<Integer> call) throws Exception {
    ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
    AtomicInteger failures = new AtomicInteger();
    Map<String, Long> before = beginCase();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    AtomicInteger issued = new AtomicInteger();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      pool.submit(() -> {
        for (int i = issued.getAndIncrement(); i < requests; i = issued.getAndIncrement()) {
          long t = System.nanoTime();
          int status = call.apply(i);
          latencies.add((System.nanoTime() - t) / 1e6);
          if (status >= 400) {
            failures.incrementAndGet();
          }
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(30, TimeUnit.MINUTES);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (failures.get() > 0) {
      table.add("!! " + name + ": " + failures.get() + " failed requests");
    }
    return new Result(name, requests, seconds, new ArrayList<>(latencies), delta(before, requests),
        statements(requests));
  }

  /** Every due job of these processes, and those they make due in turn, executed by 4 threads (the job executor's pool). */
  private Result jobs(String name, String... processKeys) throws Exception {
    Map<String, Long> before = beginCase();
    AtomicInteger done = new AtomicInteger();
    long start = System.nanoTime();
    for (List<String> due = due(processKeys); !due.isEmpty(); due = due(processKeys)) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      for (String id : due) {
        pool.submit(() -> {
          try {
            managementService.executeJob(id);
            done.incrementAndGet();
          } catch (RuntimeException gone) {
            // a job already gone with its instance (an alert ended by the step it watched)
          }
        });
      }
      pool.shutdown();
      pool.awaitTermination(60, TimeUnit.MINUTES);
    }
    int executed = done.get();
    return new Result(name + " (" + executed + " jobs)", executed, (System.nanoTime() - start) / 1e9, List.of(),
        delta(before, executed), statements(executed));
  }

  private List<String> due(String... processKeys) {
    List<String> due = new ArrayList<>();
    for (String key : processKeys) {
      managementService.createJobQuery().processDefinitionKey(key).withRetriesLeft().duedateLowerThan(ClockUtil.now())
          .list().stream()
          .map(Job::getId).forEach(due::add);
    }
    return due;
  }

  private int post(String user, String path, String json) {
    return post(port, user, path, json);
  }

  private int get(String user, String path) {
    return get(port, user, path);
  }

  /** To a server on this port: the application's, or plain Camunda's. */
  private int post(int serverPort, String user, String path, String json) {
    return send(user, HttpRequest.newBuilder(URI.create("http://localhost:" + serverPort + path))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private int get(int serverPort, String user, String path) {
    return send(user, HttpRequest.newBuilder(URI.create("http://localhost:" + serverPort + path)).GET());
  }

  private int send(String user, HttpRequest.Builder request) {
    try {
      return http.send(request.header("Authorization", "Basic "
          + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8))).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException | InterruptedException failed) {
      return 599;
    }
  }

  /** The commits of {@link #reportNow}'s own statements, and those statements since the last reset, left out. */
  private long reportingCommits;
  private long reportingStatements;

  /**
   * PostgreSQL (15) publishes a connection's counters when it goes idle, at most once a second: one that published
   * less than a second before its last statement waits 10 s more. A statement on every pooled connection, more than a
   * second after the case's last one, makes each publish now; without it a case's rows and commits were partly counted
   * in the next case. Its own statements' commits are not counted.
   */
  private void reportNow() {
    HikariDataSource pool;
    try {
      pool = jdbc.getDataSource().unwrap(HikariDataSource.class);
    } catch (SQLException notHikari) {
      return;
    }
    List<Connection> held = new ArrayList<>();
    try {
      for (int i = pool.getHikariPoolMXBean().getTotalConnections(); i > 0; i--) {
        Connection connection = pool.getConnection();
        held.add(connection);
        try (Statement statement = connection.createStatement()) {
          statement.execute("select 1");
        }
        reportingCommits++;
        reportingStatements++;
      }
    } catch (SQLException failed) {
      throw new IllegalStateException(failed);
    } finally {
      held.forEach(connection -> {
        try {
          connection.close();
        } catch (SQLException ignored) {
          // back to the pool or gone: nothing to report
        }
      });
    }
  }

  /**
   * Waits a second, then makes every pooled connection publish its counters ({@link #reportNow}); plain Camunda's
   * connections, out of reach, publish theirs within 10 s.
   */
  private void settle() {
    try {
      Thread.sleep(measured == jdbc ? 1_200 : 11_000);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    }
    if (measured == jdbc) {
      reportNow();
    }
  }

  /** The database's counters (PostgreSQL only): commits, rows fetched, statements when pg_stat_statements is there. */
  private Map<String, Long> database() {
    try {
      settle();
      Map<String, Object> row = measured.queryForMap("select xact_commit, tup_fetched + tup_returned as tup_read"
          + " from pg_stat_database where datname = current_database()");
      long statements = -1;
      if (statementsCounted()) {
        statements = measured.queryForObject("select coalesce(sum(calls), 0) from pg_stat_statements"
            + " where dbid = (select oid from pg_database where datname = current_database())", Long.class)
            - reportingStatements;
      }
      return Map.of("commits", ((Number) row.get("xact_commit")).longValue() - reportingCommits,
          "rows", ((Number) row.get("tup_read")).longValue(), "statements", statements,
          "jvmCpuMicros", threadsCpuMicros(), "serverCpuMicros", threadsCpuMicros("http-nio"),
          "compilerMicros", threadsCpuMicros("C1 ", "C2 "), "gcMicros", threadsCpuMicros("GC ", "G1 "),
          "postgresCpuMicros", postgresCpuMicros());
    } catch (RuntimeException notPostgres) {
      return Map.of();
    }
  }

  /**
   * The CPU time the measured JVMs have used so far: all of it (their threads that ended included) without
   * prefixes, else that of their live threads whose names start so (Linux; negative elsewhere).
   */
  private long threadsCpuMicros(String... namePrefixes) {
    return measuredJvms.stream().mapToLong(jvm -> namePrefixes.length == 0
        ? ticks(Path.of("/proc", jvm, "stat"), name -> true) * 10_000
        : cpuMicros(Path.of("/proc", jvm, "task"), name -> Arrays.stream(namePrefixes).anyMatch(name::startsWith))).sum();
  }

  /** The CPU time PostgreSQL's processes on this machine have used so far (Linux; -1 elsewhere). */
  private static long postgresCpuMicros() {
    return cpuMicros(Path.of("/proc"), "postgres"::equals);
  }

  /** The CPU time the processes or threads listed in this directory, so named, have used so far (-1: not Linux). */
  private static long cpuMicros(Path listing, java.util.function.Predicate<String> named) {
    try (Stream<Path> entries = Files.list(listing)) {
      return entries.filter(dir -> dir.getFileName().toString().chars().allMatch(Character::isDigit))
          .mapToLong(dir -> ticks(dir.resolve("stat"), named)).sum() * 10_000; // clock ticks of 10 ms
    } catch (IOException notLinux) {
      return -1;
    }
  }

  /** The clock ticks a process or thread ({@code /proc/…/stat}) so named has used (0 otherwise, or gone). */
  private static long ticks(Path stat, java.util.function.Predicate<String> named) {
    try {
      String line = Files.readString(stat);
      if (!named.test(line.substring(line.indexOf('(') + 1, line.lastIndexOf(')')))) {
        return 0;
      }
      String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
    } catch (IOException | RuntimeException gone) {
      return 0;
    }
  }

  private boolean statementsCounted() {
    try {
      return measured.queryForObject("select count(*) from pg_extension where extname = 'pg_stat_statements'", Long.class) > 0;
    } catch (RuntimeException notPostgres) {
      return false;
    }
  }

  private Map<String, Long> delta(Map<String, Long> before, int requests) {
    Map<String, Long> after = database();
    if (before.isEmpty() || after.isEmpty() || requests == 0) {
      return Map.of();
    }
    return Map.of("commits", (after.get("commits") - before.get("commits")) / requests,
        "rows", (after.get("rows") - before.get("rows")) / requests,
        "statements", before.get("statements") < 0 ? -1 : (after.get("statements") - before.get("statements")) / requests,
        "jvmCpuMicros", (after.get("jvmCpuMicros") - before.get("jvmCpuMicros")) / requests,
        "serverCpuMicros", (after.get("serverCpuMicros") - before.get("serverCpuMicros")) / requests,
        "compilerMicros", (after.get("compilerMicros") - before.get("compilerMicros")) / requests,
        "gcMicros", (after.get("gcMicros") - before.get("gcMicros")) / requests,
        "postgresCpuMicros", before.get("postgresCpuMicros") < 0 ? -1
            : (after.get("postgresCpuMicros") - before.get("postgresCpuMicros")) / requests);
  }

  /** The database's time per request, and the case's k statements that took most of it, when asked for ({@code -Dbench.statements=k}). */
  private List<String> statements(int requests) {
    if (STATEMENTS == 0 || requests == 0 || !statementsCounted()) {
      return List.of();
    }
    List<String> listed = new ArrayList<>();
    tablesRead().entrySet().stream()
        .map(table -> Map.entry(table.getKey(), table.getValue() - tablesRead.getOrDefault(table.getKey(), 0L)))
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(3)
        .forEach(table -> listed.add(String.format("      %8.1f rows read from %s", (double) table.getValue() / requests,
            table.getKey())));
    String ofThisDatabase = " from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database())";
    listed.add(String.format("      %8.2f ms of statement execution in the database", measured.queryForObject(
        "select coalesce(sum(total_exec_time), 0)" + ofThisDatabase, Double.class) / requests));
    listed.addAll(measured.queryForList("select calls, rows, total_exec_time, regexp_replace(query, '\\s+', ' ', 'g') as query"
        + ofThisDatabase + " order by total_exec_time desc limit ?",
        STATEMENTS).stream().map(row -> String.format("      %6.2f calls %8.1f rows %7.3f ms  %.150s",
            ((Number) row.get("calls")).doubleValue() / requests, ((Number) row.get("rows")).doubleValue() / requests,
            ((Number) row.get("total_exec_time")).doubleValue() / requests, row.get("query"))).toList());
    listed.addAll(measured.queryForList("select shared_blks_hit + shared_blks_read as blocks, regexp_replace(query, '\\s+', ' ', 'g')"
        + " as query" + ofThisDatabase + " order by shared_blks_hit + shared_blks_read desc limit 3").stream()
        .map(row -> String.format("      %8.1f blocks read by %.150s", ((Number) row.get("blocks")).doubleValue() / requests,
            row.get("query"))).toList());
    return listed;
  }

  /** The rows each table has given out so far (sequential scans and index fetches). */
  private Map<String, Long> tablesRead() {
    Map<String, Long> read = new HashMap<>();
    measured.queryForList("select relname, coalesce(seq_tup_read, 0) + coalesce(idx_tup_fetch, 0) as tuples"
        + " from pg_stat_user_tables")
        .forEach(row -> read.put((String) row.get("relname"), ((Number) row.get("tuples")).longValue()));
    return read;
  }

  private void report(Result result) {
    Map<String, Long> db = result.database();
    table.add(String.format("%-62s %9.1f/s  p50 %7.1f ms  p95 %7.1f ms  %s", result.name(), result.rate(),
        result.percentile(50), result.percentile(95), db.isEmpty() ? "" : "per request: " + db.get("commits")
            + " commits, " + db.get("rows") + " rows" + (db.get("statements") < 0 ? "" : ", " + db.get("statements")
            + " statements") + String.format(", CPU %.2f ms JVM (HTTP threads %.2f, compiler %.2f, GC %.2f)",
                db.get("jvmCpuMicros") / 1e3, db.get("serverCpuMicros") / 1e3, db.get("compilerMicros") / 1e3,
                db.get("gcMicros") / 1e3)
            + (db.get("postgresCpuMicros") < 0 ? "" : String.format(" + %.2f ms PostgreSQL", db.get("postgresCpuMicros") / 1e3))));
    result.statements().forEach(table::add);
  }

  private void compare(Result app, Result reference) {
    report(app);
    report(reference);
    table.add(String.format("%-62s %9.2f×", "  ratio application/reference", app.rate() / reference.rate()));
  }
}
