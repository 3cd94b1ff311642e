package fr.pcpe.workflow.incubation;

import fr.pcpe.workflow.common.ReferencedEntity;
import fr.pcpe.workflow.incubation.IncubationEnums.CommitmentKind;
import fr.pcpe.workflow.incubation.IncubationEnums.Stage;
import fr.pcpe.workflow.incubation.IncubationEnums.Status;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A new form of employment incubated from idea to capitalisation, or abandoned with its lessons. */
@Entity
public class IncubationProject extends ReferencedEntity {

  @Override
  protected String idSequence() {
    return "incubation_project_seq";
  }

  @Override
  protected String referenceFormat() {
    return "PRJ-%d-%03d";
  }

  @Column(nullable = false)
  private String name;

  private String description;

  private String leadUserId;

  private String territory;

  private BigDecimal budget;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Stage stage;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  @Column(nullable = false)
  private Instant stageSince;

  private String abandonReason;

  private String lessonsLearned;

  @OneToMany(mappedBy = "project", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<Commitment> commitments = new ArrayList<>();

  @OneToMany(mappedBy = "project", cascade = CascadeType.ALL)
  @OrderBy("id")
  private List<StageEvent> history = new ArrayList<>();

  protected IncubationProject() {
  }

  IncubationProject(String name, String description, String leadUserId, Instant now) {
    this.name = name;
    this.description = description;
    this.leadUserId = leadUserId;
    this.stage = Stage.IDEA;
    this.status = Status.ACTIVE;
    this.stageSince = now;
    this.createdAt = now;
  }

  void describe(String territory, BigDecimal budget) {
    if (territory != null) {
      this.territory = territory;
    }
    if (budget != null) {
      this.budget = budget;
    }
  }

  void commit(PartnerOrganization organization, CommitmentKind kind, boolean committed, BigDecimal amount, Instant now) {
    commitments.add(new Commitment(this, organization, kind, committed, amount, now));
  }

  /** Records the committee's decision; GO moves to the next stage (or capitalises after the last). */
  void decide(IncubationEnums.Decision decision, String advice, String remarks, Instant now) {
    history.add(new StageEvent(this, stage, advice, decision, remarks, now));
    if (decision == IncubationEnums.Decision.GO) {
      Stage next = stage.next();
      if (next == null) {
        status = Status.CAPITALISED;
      } else {
        stage = next;
        stageSince = now;
      }
    }
  }

  void abandon(String reason, String lessons) {
    this.status = Status.ABANDONED;
    this.abandonReason = reason;
    this.lessonsLearned = lessons;
  }

  // the facts the committee's advice (committee-advice.dmn) reads

  boolean leadNamed() {
    return leadUserId != null;
  }

  boolean territoryFound() {
    return territory != null;
  }

  int committedPartners() {
    return (int) commitments.stream().filter(c -> c.kind == CommitmentKind.PARTNER && c.committed).count();
  }

  /** The committed funders' share of the budget, in whole percent (0 without a budget). */
  int budgetSecuredShare() {
    if (budget == null || budget.signum() == 0) {
      return 0;
    }
    BigDecimal secured = commitments.stream().filter(c -> c.kind == CommitmentKind.FUNDER && c.committed && c.amount != null)
        .map(c -> c.amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    return secured.multiply(BigDecimal.valueOf(100)).divide(budget, 0, RoundingMode.DOWN).intValue();
  }

  public String getName() {
    return name;
  }

  public String getLeadUserId() {
    return leadUserId;
  }

  public Stage getStage() {
    return stage;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getStageSince() {
    return stageSince;
  }

  public String getAbandonReason() {
    return abandonReason;
  }

  public String getLessonsLearned() {
    return lessonsLearned;
  }

  public List<StageEvent> getHistory() {
    return history;
  }

  /** A partner's commitment or a funder's contribution. */
  @Entity(name = "ProjectCommitment")
  @jakarta.persistence.Table(name = "project_commitment")
  public static class Commitment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private IncubationProject project;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    private PartnerOrganization organization;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CommitmentKind kind;

    private boolean committed;

    private BigDecimal amount;

    @Column(nullable = false)
    private Instant createdAt;

    protected Commitment() {
    }

    Commitment(IncubationProject project, PartnerOrganization organization, CommitmentKind kind, boolean committed,
        BigDecimal amount, Instant now) {
      this.project = project;
      this.organization = organization;
      this.kind = kind;
      this.committed = committed;
      this.amount = amount;
      this.createdAt = now;
    }
  }

  /** One committee decision in the stage history. */
  @Entity(name = "ProjectStageEvent")
  @jakarta.persistence.Table(name = "project_stage_event")
  public static class StageEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private IncubationProject project;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage;

    private String advice;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IncubationEnums.Decision decision;

    private String remarks;

    @Column(nullable = false)
    private Instant decidedAt;

    protected StageEvent() {
    }

    StageEvent(IncubationProject project, Stage stage, String advice, IncubationEnums.Decision decision, String remarks,
        Instant now) {
      this.project = project;
      this.stage = stage;
      this.advice = advice;
      this.decision = decision;
      this.remarks = remarks;
      this.decidedAt = now;
    }

    public Stage getStage() {
      return stage;
    }

    public String getAdvice() {
      return advice;
    }

    public Instant getDecidedAt() {
      return decidedAt;
    }

    public IncubationEnums.Decision getDecision() {
      return decision;
    }
  }
}
