package fr.pcpe.workflow.demo;

import fr.pcpe.workflow.candidate.Candidate;
import fr.pcpe.workflow.candidate.CandidateRepository;
import fr.pcpe.workflow.cce.CceInvitation;
import fr.pcpe.workflow.cce.CceProcess;
import fr.pcpe.workflow.cce.CceService;
import fr.pcpe.workflow.common.ContractType;
import fr.pcpe.workflow.drive.DriveProcess;
import fr.pcpe.workflow.drive.DriveService;
import fr.pcpe.workflow.employer.Employer;
import fr.pcpe.workflow.employer.EmployerService;
import fr.pcpe.workflow.employer.Sector;
import fr.pcpe.workflow.followup.FollowUpProcess;
import fr.pcpe.workflow.incubation.IncubationProcess;
import fr.pcpe.workflow.network.NetworkPerson.OrganizationKind;
import fr.pcpe.workflow.network.NetworkPerson.Role;
import fr.pcpe.workflow.network.NetworkService;
import fr.pcpe.workflow.partner.PartnerStructure;
import fr.pcpe.workflow.partner.PartnerStructureRepository;
import fr.pcpe.workflow.partner.PartnerStructureService;
import fr.pcpe.workflow.partner.StructureType;
import fr.pcpe.workflow.referral.ReferralProcess;
import fr.pcpe.workflow.referral.ReferralService;
import fr.pcpe.workflow.system.PcpeProperties;
import fr.pcpe.workflow.system.StartupLines;
import fr.pcpe.workflow.system.security.AccessProvisioning;
import fr.pcpe.workflow.system.security.Caller;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fictional data of the local demo profile, loaded once into an empty database: partner structures,
 * an employer, candidates, demo users of every kind and running drives, so that Tasklist and Cockpit
 * are not empty. Never active outside the demo profile.
 */
@Component
@ConditionalOnProperty(name = "pcpe.demo.enabled", havingValue = "true")
public class DemoData implements ApplicationRunner, StartupLines {

  /** A demo login: user id, name, and the group it belongs to (README, "Demo logins"). */
  public record DemoUser(String id, String firstName, String lastName, String role) {
  }

  public static final List<DemoUser> USERS = List.of(
      new DemoUser("coordinatrice", "Camille", "Martin", "coordinatrice PCPE"),
      new DemoUser("referente-aci", "Nadia", "Benali", "ACI Les Jardins de Bondy"),
      new DemoUser("referent-asso", "Karim", "Traoré", "Association Rebond 93"),
      new DemoUser("conseillere-ft", "Sophie", "Lefèvre", "France Travail Aulnay-sous-Bois"),
      new DemoUser("employeur-logi", "Marc", "Dubois", "employeur LogiNord Entrepôts"));

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  private final PcpeProperties properties;
  private final AccessProvisioning access;
  private final PartnerStructureRepository structureRepository;
  private final PartnerStructureService structures;
  private final EmployerService employers;
  private final CandidateRepository candidates;
  private final DriveService drives;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final CceService cces;
  private final ReferralService referrals;
  private final NetworkService network;
  private final TransactionTemplate transaction;
  private final Clock clock;

  DemoData(PcpeProperties properties, AccessProvisioning access,
      PartnerStructureRepository structureRepository, PartnerStructureService structures,
      EmployerService employers, CandidateRepository candidates,
      DriveService drives, TaskService taskService, RuntimeService runtimeService, ManagementService managementService,
      CceService cces, ReferralService referrals, NetworkService network,
      TransactionTemplate transaction, Clock clock) {
    this.properties = properties;
    this.access = access;
    this.structureRepository = structureRepository;
    this.structures = structures;
    this.employers = employers;
    this.candidates = candidates;
    this.drives = drives;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.cces = cces;
    this.referrals = referrals;
    this.network = network;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** The start-up report names the demo's logins and their password. */
  @Override
  public List<String> startupLines() {
    List<String> lines = new ArrayList<>(List.of("Demo users, all with the password '"
        + properties.demo().password() + "':"));
    USERS.forEach(user -> lines.add("  " + user.id() + " (" + user.role() + ")"));
    return lines;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (structureRepository.count() > 0) {
      LOG.info("Demo data already loaded");
      return;
    }
    transaction.executeWithoutResult(status -> load());
    LOG.info("Demo data loaded");
  }

  private void load() {
    String password = properties.demo().password();
    PartnerStructure aci = structures.create(new PartnerStructure("ACI Les Jardins de Bondy",
        StructureType.ACI, "Bondy", "contact@jardins-bondy.example", "direction@jardins-bondy.example"));
    PartnerStructure association = structures.create(new PartnerStructure("Association Rebond 93",
        StructureType.ASSOCIATION, "Clichy-sous-Bois", "accueil@rebond93.example", "presidence@rebond93.example"));
    PartnerStructure agency = structures.create(new PartnerStructure("France Travail Aulnay-sous-Bois",
        StructureType.FRANCE_TRAVAIL, "Aulnay-sous-Bois", "aulnay@francetravail.example", "direction.aulnay@francetravail.example"));

    Employer logiNord = employers.register("LogiNord Entrepôts", "81234567600017", Sector.LOGISTICS,
        "Marc Dubois", "recrutement@loginord.example", "01 48 00 00 00");

    List<String> groups = List.of(PcpeGroups.COORDINATORS, aci.getGroupId(), association.getGroupId(),
        agency.getGroupId(), logiNord.getGroupId());
    for (int i = 0; i < USERS.size(); i++) {
      DemoUser user = USERS.get(i);
      access.ensureUser(user.id(), user.firstName(), user.lastName(), user.id() + "@pcpe.example",
          password, groups.get(i));
    }
    // the network's listing shows each organization's people
    network.listMember("referente-aci", OrganizationKind.STRUCTURE, aci.getId(), Role.REFERENT);
    network.listMember("referent-asso", OrganizationKind.STRUCTURE, association.getId(), Role.REFERENT);
    network.listMember("conseillere-ft", OrganizationKind.STRUCTURE, agency.getId(), Role.REFERENT);
    network.listMember("employeur-logi", OrganizationKind.EMPLOYER, logiNord.getId(), Role.EMPLOYER_CONTACT);

    Candidate awa = candidate("Awa", "Diallo", aci, "referente-aci", true);
    Candidate mehdi = candidate("Mehdi", "Haddad", aci, "referente-aci", true);
    Candidate julie = candidate("Julie", "Petit", association, "referent-asso", false);
    Candidate sarah = candidate("Sarah", "Lopez", association, "referent-asso", true);
    Candidate ibrahima = candidate("Ibrahima", "Sow", association, "referent-asso", true);
    Candidate fatou = candidate("Fatou", "Camara", agency, "conseillere-ft", true);
    Candidate moussa = candidate("Moussa", "Keita", agency, "conseillere-ft", true);
    Candidate thomas = candidate("Thomas", "Moreau", agency, "conseillere-ft", false);

    // the report's drive, open for referrals; three more waiting for the coordinator in Tasklist
    ProcessInstance warehouse = drives.start(logiNord.getName());
    completeTask(warehouse, Map.of(
        DriveProcess.Vars.EMPLOYER_NAME.name(), logiNord.getName(),
        DriveProcess.Vars.SIRET.name(), logiNord.getSiret(),
        DriveProcess.Vars.SECTOR.name(), logiNord.getSector().name(),
        DriveProcess.Vars.CONTACT_NAME.name(), logiNord.getContactName(),
        DriveProcess.Vars.CONTACT_EMAIL.name(), logiNord.getContactEmail(),
        DriveProcess.Vars.NEED_DESCRIPTION.name(), "200 préparateurs de commandes (ROME N1103) en CDI, CACES 1 apprécié."));
    LocalDate today = LocalDate.now(clock);
    Map<String, Object> agreement = new HashMap<>(Map.of(
        DriveProcess.Vars.JOB_TITLE.name(), "Préparateur de commandes",
        DriveProcess.Vars.ROME_CODE.name(), "N1103",
        DriveProcess.Vars.CONTRACT_TYPE.name(), ContractType.CDI.name(),
        DriveProcess.Vars.POSITIONS.name(), 200,
        DriveProcess.Vars.START_DATE.name(), today.plusMonths(1).toString(),
        DriveProcess.Vars.PLACE.name(), "Tremblay-en-France",
        DriveProcess.Vars.PREREQUISITES.name(), "CACES 1 apprécié, horaires décalés",
        DriveProcess.Vars.TARGET_HIRES.name(), 200,
        DriveProcess.Vars.DEADLINE.name(), today.plusMonths(4).toString(),
        DriveProcess.Vars.MONTHLY_RHYTHM.name(), 25));
    agreement.put(DriveProcess.Vars.MOBILIZED_STRUCTURES.name(), "[\"%s\",\"%s\",\"%s\"]".formatted(aci.getGroupId(),
        association.getGroupId(), agency.getGroupId()));
    completeTask(warehouse, agreement);
    // two structures committed, France Travail has not answered yet
    answerMobilization(warehouse, aci, Map.of(DriveProcess.Vars.MOBILIZATION_DECISION.name(), "COMMIT",
        DriveProcess.Vars.COMMITTED_CANDIDATES.name(), 40L));
    answerMobilization(warehouse, association, Map.of(DriveProcess.Vars.MOBILIZATION_DECISION.name(), "COMMIT",
        DriveProcess.Vars.COMMITTED_CANDIDATES.name(), 25L, DriveProcess.Vars.MOBILIZATION_COMMENT.name(), "Surtout des BRSA de Clichy"));

    // referrals to the warehouse in every state a newcomer should see
    String drive = warehouse.getBusinessKey();
    refer(drive, awa, "referente-aci", aci);
    refer(drive, ibrahima, "referent-asso", association);
    completeTask(referralInstance(refer(drive, mehdi, "referente-aci", aci)),
        Map.of(ReferralProcess.Vars.PRESCREEN_DECISION.name(), "ACCEPT"));
    completeTask(referralInstance(refer(drive, thomas, "conseillere-ft", agency)),
        Map.of(ReferralProcess.Vars.PRESCREEN_DECISION.name(), "REFUSE", ReferralProcess.Vars.REFUSAL_REASON.name(),
            "PREREQUISITES_MISSING", ReferralProcess.Vars.PRESCREEN_COMMENT.name(), "Pas de CACES, horaires de nuit impossibles"));

    String interview = refer(drive, fatou, "conseillere-ft", agency);
    completeTask(referralInstance(interview), Map.of(ReferralProcess.Vars.PRESCREEN_DECISION.name(), "ACCEPT"));
    completeTask(referralInstance(interview), Map.of(ReferralProcess.Vars.INTERVIEW_DECISION.name(), "INTERVIEW",
        ReferralProcess.Vars.INTERVIEW_DATE.name(), today.plusDays(3).toString()));
    hire(refer(drive, julie, "referent-asso", association), today, ContractType.CDI);
    // enough hires for the impact page's charts: ten more, from the three structures, on CDI and CDD
    String[][] hiredPeople = {{"Karim", "Benali"}, {"Aïcha", "Kone"}, {"Lucas", "Martin"}, {"Fanta", "Sylla"},
        {"Rayan", "Cherif"}, {"Mariam", "Doumbia"}, {"Hugo", "Leroy"}, {"Salimata", "Cisse"}, {"Nabil", "Amrani"},
        {"Emma", "Garcia"}};
    PartnerStructure[] referring = {aci, association, agency};
    String[] referringPeople = {"referente-aci", "referent-asso", "conseillere-ft"};
    for (int i = 0; i < hiredPeople.length; i++) {
      Candidate person = candidate(hiredPeople[i][0], hiredPeople[i][1], referring[i % 3], referringPeople[i % 3], i % 2 == 0);
      hire(refer(drive, person, referringPeople[i % 3], referring[i % 3]), today,
          i < 5 ? ContractType.CDI : ContractType.CDD);
    }
    String notHired = refer(drive, sarah, "referent-asso", association);
    completeTask(referralInstance(notHired), Map.of(ReferralProcess.Vars.PRESCREEN_DECISION.name(), "ACCEPT"));
    completeTask(referralInstance(notHired), Map.of(ReferralProcess.Vars.INTERVIEW_DECISION.name(), "NOT_RETAINED",
        ReferralProcess.Vars.NOT_HIRED_REASON.name(), "NOT_AVAILABLE", ReferralProcess.Vars.ADD_TO_POOL.name(), true));
    String withdrawn = refer(drive, moussa, "conseillere-ft", agency);
    referrals.withdraw(withdrawn, new Caller(null, List.of(agency.getGroupId())), "A trouvé un emploi près de chez lui");

    cafeContactEmploi(today, drives.find(drive).getJobOffer().getId(), aci, association, agency);

    incubation();

    for (String employer : List.of("Boulangerie Le Fournil", "Hôtel Pleyel", "Transports Aulnay Express")) {
      drives.start(employer);
    }
  }

  private String refer(String drive, Candidate candidate, String referent, PartnerStructure structure) {
    return referrals.refer(drive, candidate.getId(), null, new Caller(referent, List.of(structure.getGroupId()))).getReference();
  }

  /**
   * The Café Contact Emploi of Clichy-sous-Bois, held 31 days ago: 12 attendees, 4 hired on the day, 8
   * followed up at different stages, so that escalations show in Tasklist as soon as the job executor
   * has run the timers that are already due.
   */
  private void cafeContactEmploi(LocalDate today, Long offerId, PartnerStructure aci, PartnerStructure association,
      PartnerStructure agency) {
    LocalDate held = today.minusDays(31);
    ProcessInstance cafe = CceProcess.start(runtimeService);
    completeTask(cafe, Map.of(CceProcess.Vars.CITY.name(), "Clichy-sous-Bois", CceProcess.Vars.VENUE.name(),
        "Maison de l'emploi, allée Maurice Audin", CceProcess.Vars.AUDIENCE.name(), "Bénéficiaires du RSA du territoire",
        CceProcess.Vars.EVENT_DATE.name(), held.toString()));
    completeTask(cafe, Map.of(CceProcess.Vars.OFFERS.name(), "[\"" + offerId + "\"]"));
    String[][] people = {
        {"Aminata", "Traoré"}, {"Yacine", "Belkacem"}, {"Chloé", "Bernard"}, {"Moussa", "Diarra"},
        {"Léa", "Fontaine"}, {"Samir", "Ouali"}, {"Grace", "Mbemba"}, {"Kevin", "Nguyen"},
        {"Nora", "Ziani"}, {"Patrick", "Lemoine"}, {"Inès", "Haddou"}, {"Bakary", "Sissoko"}};
    PartnerStructure[] structures = {aci, association, agency};
    String[] referents = {"referente-aci", "referent-asso", "conseillere-ft"};
    StringBuilder attendees = new StringBuilder("[");
    StringBuilder hired = new StringBuilder("[");
    StringBuilder shortlisted = new StringBuilder("[");
    for (int i = 0; i < people.length; i++) {
      Candidate candidate = candidate(people[i][0], people[i][1], structures[i % 3], referents[i % 3], true);
      CceInvitation invitation = cces.invite(cafe.getBusinessKey(), candidate.getId(), false,
          new Caller(referents[i % 3], List.of(structures[i % 3].getGroupId())));
      String id = "\"" + invitation.getId() + "\"";
      attendees.append(i == 0 ? "" : ",").append(id);
      (i < 4 ? hired : shortlisted).append(i == 0 || i == 4 ? "" : ",").append(id);
    }
    // the reminder and the day are past: their timers run now
    for (int i = 0; i < 2; i++) {
      managementService.executeJob(managementService.createJobQuery().processInstanceId(cafe.getId()).singleResult().getId());
    }
    completeTask(cafe, Map.of(CceProcess.Vars.ATTENDEES.name(), attendees.append("]").toString(),
        CceProcess.Vars.HIRED.name(), hired.append("]").toString(), CceProcess.Vars.SHORTLISTED.name(), shortlisted.append("]").toString()));

    List<CceInvitation> followed = cces.invitationsOf(cafe.getBusinessKey()).stream()
        .filter(invitation -> invitation.getFollowUpReference() != null).toList();
    // two met the day after (their proposal is now late enough for the heads), two met ten days later
    // (the referent is reminded), one met and proposed (next check-in in a month), three never met
    // (the coordinators are alerted)
    int[] metAfterDays = {1, 1, 10, 10, 2};
    for (int i = 0; i < metAfterDays.length; i++) {
      ProcessInstance followUp = runtimeService.createProcessInstanceQuery().processDefinitionKey(FollowUpProcess.KEY)
          .processInstanceBusinessKey(followed.get(i).getFollowUpReference()).singleResult();
      completeTask(followUp, Map.of(FollowUpProcess.Vars.MEETING_DATE.name(), held.plusDays(metAfterDays[i]).toString(),
          FollowUpProcess.Vars.MEETING_NOTES.name(), "Rencontré(e) à la structure"));
    }
    ProcessInstance proposed = runtimeService.createProcessInstanceQuery().processDefinitionKey(FollowUpProcess.KEY)
        .processInstanceBusinessKey(followed.get(4).getFollowUpReference()).singleResult();
    completeTask(proposed, Map.of(FollowUpProcess.Vars.PROPOSAL_TYPE.name(), "IMMERSION",
        FollowUpProcess.Vars.PROPOSAL_DETAILS.name(), "Immersion d'une semaine chez LogiNord Entrepôts"));
  }

  /**
   * The four projects of the report: an employers' group for childcare, animation and home services;
   * an activity cooperative, abandoned over its founders' disagreements; a circular-economy school
   * with a large company and foundations; a citizen territorial fund.
   */
  private void incubation() {
    ProcessInstance employersGroup = proposeProject("Groupement d'employeurs petite enfance, animation et services à la personne");
    decideStage(employersGroup, Map.of(IncubationProcess.Vars.TERRITORY.name(), "Est ensemble",
        IncubationProcess.Vars.BUDGET.name(), 240_000L, IncubationProcess.Vars.PARTNER_NAME.name(), "Département de la Seine-Saint-Denis",
        IncubationProcess.Vars.PARTNER_COMMITTED.name(), true), "GO");
    decideStage(employersGroup, Map.of(IncubationProcess.Vars.PARTNER_NAME.name(), "Réseau des crèches associatives",
        IncubationProcess.Vars.PARTNER_COMMITTED.name(), true), "GO");
    decideStage(employersGroup, Map.of(IncubationProcess.Vars.FUNDER_NAME.name(), "FSE+ (fonds européens)",
        IncubationProcess.Vars.FUNDER_AMOUNT.name(), 120_000L), "GO");
    ProcessInstance cooperative = proposeProject("Coopérative d'activité et d'emploi");
    decideStage(cooperative, Map.of(), "GO");
    completeTask(cooperative, Map.of());
    completeTask(cooperative, Map.of(IncubationProcess.Vars.DECISION.name(), "ABANDON",
        IncubationProcess.Vars.ABANDON_REASON.name(), "Désaccords entre les fondateurs sur la gouvernance",
        IncubationProcess.Vars.LESSONS_LEARNED.name(), "Écrire la gouvernance et les rôles des fondateurs dès la pré-maquette"));
    ProcessInstance school = proposeProject("École de l'économie circulaire");
    decideStage(school, Map.of(IncubationProcess.Vars.PARTNER_NAME.name(), "Grand groupe du BTP",
        IncubationProcess.Vars.PARTNER_COMMITTED.name(), true), "GO");
    decideStage(school, Map.of(IncubationProcess.Vars.PARTNER_NAME.name(), "Fondation pour l'insertion",
        IncubationProcess.Vars.PARTNER_COMMITTED.name(), true), "GO");
    decideStage(school, Map.of(IncubationProcess.Vars.TERRITORY.name(), "Plaine Commune"), "GO");
    decideStage(school, Map.of(IncubationProcess.Vars.BUDGET.name(), 500_000L), "GO");
    proposeProject("Fonds territorial citoyen");
  }

  private ProcessInstance proposeProject(String name) {
    return IncubationProcess.start(runtimeService, name, null, "coordinatrice");
  }

  /** The lead reports the stage's facts, then the committee decides. */
  private void decideStage(ProcessInstance project, Map<String, Object> facts, String decision) {
    completeTask(project, facts);
    completeTask(project, Map.of(IncubationProcess.Vars.DECISION.name(), decision));
  }

  private void answerMobilization(ProcessInstance drive, PartnerStructure structure, Map<String, Object> answer) {
    taskService.complete(taskService.createTaskQuery().processInstanceId(drive.getId())
        .taskDefinitionKey(DriveProcess.TASK_ANSWER_MOBILIZATION).taskCandidateGroup(structure.getGroupId())
        .singleResult().getId(), answer);
  }

  private ProcessInstance referralInstance(String reference) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();
  }

  /** A referral through every step to a hire: accepted, interviewed today, the hire confirmed the morning after. */
  private void hire(String reference, LocalDate today, ContractType contract) {
    ProcessInstance referral = referralInstance(reference);
    completeTask(referral, Map.of(ReferralProcess.Vars.PRESCREEN_DECISION.name(), "ACCEPT"));
    completeTask(referral, Map.of(ReferralProcess.Vars.INTERVIEW_DECISION.name(), "INTERVIEW",
        ReferralProcess.Vars.INTERVIEW_DATE.name(), today.toString()));
    managementService.executeJob(managementService.createJobQuery().processInstanceId(referral.getId())
        .activityId(ReferralProcess.TIMER_INTERVIEW_HELD).singleResult().getId());
    completeTask(referral, Map.of(ReferralProcess.Vars.HIRE_DECISION.name(), "HIRED",
        ReferralProcess.Vars.CONTRACT_TYPE.name(), contract.name(),
        ReferralProcess.Vars.HIRE_START_DATE.name(), today.plusWeeks(2).toString(),
        ReferralProcess.Vars.WEEKLY_HOURS.name(), 35L));
  }

  private void completeTask(ProcessInstance instance, Map<String, Object> form) {
    taskService.complete(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId(),
        form);
  }

  private Candidate candidate(String firstName, String lastName, PartnerStructure structure, String referent,
      boolean rsa) {
    return candidates.save(new Candidate(firstName, lastName, structure, clock.instant(), referent)
        .contact(firstName.toLowerCase() + "." + lastName.toLowerCase() + "@candidat.example", null,
            structure.getCity())
        .followedBy(referent, rsa));
  }
}
