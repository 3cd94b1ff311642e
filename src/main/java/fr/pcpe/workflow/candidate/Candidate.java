package fr.pcpe.workflow.candidate;

import fr.pcpe.workflow.partner.PartnerStructure;
import fr.pcpe.workflow.system.security.Caller;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A job seeker accompanied by a partner structure. Personal data: kept only with recorded consent,
 * never shown outside the structure, the PCPE and the employers it is referred to.
 */
@Entity
public class Candidate {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String firstName;

  @Column(nullable = false)
  private String lastName;

  private String email;

  private String phone;

  private String city;

  private boolean rsaBeneficiary;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  private PartnerStructure structure;

  /** The Camunda user who is this candidate's named referent. */
  private String referentUserId;

  @Column(nullable = false)
  private Instant consentGivenAt;

  @Column(nullable = false)
  private String consentRecordedBy;

  private Instant lastContactAt;

  /** When the person agreed to receive the application's messages (null: never, or withdrawn). */
  private Instant contactConsentAt;

  private LocalDate birthDate;

  /** Another structure already follows a person of the same name and birth date or email. */
  private boolean possibleDuplicate;

  private Instant anonymisedAt;

  private Instant consentWithdrawnAt;

  @Column(nullable = false)
  private Instant createdAt;

  protected Candidate() {
  }

  /** A candidate exists only once consent is recorded: who recorded it, and when it was given. */
  public Candidate(String firstName, String lastName, PartnerStructure structure, Instant consentGivenAt,
      String consentRecordedBy) {
    this.firstName = Objects.requireNonNull(firstName);
    this.lastName = Objects.requireNonNull(lastName);
    this.structure = Objects.requireNonNull(structure);
    this.consentGivenAt = Objects.requireNonNull(consentGivenAt, "consent is required");
    this.consentRecordedBy = Objects.requireNonNull(consentRecordedBy);
    this.createdAt = Instant.now();
  }

  public Candidate contact(String email, String phone, String city) {
    this.email = email;
    this.phone = phone;
    this.city = city;
    return this;
  }

  public Candidate followedBy(String referentUserId, boolean rsaBeneficiary) {
    this.referentUserId = referentUserId;
    this.rsaBeneficiary = rsaBeneficiary;
    return this;
  }

  /** The person agrees to be asked, by the application, whether their referent contacted them. */
  public Candidate contactConsent(Instant givenAt) {
    this.contactConsentAt = givenAt;
    return this;
  }

  /**
   * A contact with the person (a referral, a meeting, a check-in, a CCE attended, an interview, their
   * answer, a hire): the retention of their data counts from the last one.
   */
  public void contacted(Instant at) {
    if (lastContactAt == null || at.isAfter(lastContactAt)) {
      this.lastContactAt = at;
    }
  }

  /** The same, on a day (its start, in Paris). */
  public void contactedOn(LocalDate day) {
    contacted(day.atStartOfDay(java.time.ZoneId.of(fr.pcpe.workflow.PcpeWorkflowApplication.ZONE)).toInstant());
  }

  public Candidate born(LocalDate date) {
    this.birthDate = date;
    return this;
  }

  /** Whether this person and {@code other}, of another structure, seem the same: name, and birth date or email. */
  public boolean sameAs(Candidate other) {
    return !other.structure.getId().equals(structure.getId())
        && other.firstName.equalsIgnoreCase(firstName) && other.lastName.equalsIgnoreCase(lastName)
        && (birthDate != null && birthDate.equals(other.birthDate) || email != null && email.equalsIgnoreCase(other.email));
  }

  /**
   * The person's identity is removed for good (retention or erasure): name, contacts, birth date. The
   * commune and the structure stay, for the impact figures.
   */
  public void anonymise(String firstNameShown, String lastNameShown, Instant now) {
    this.firstName = firstNameShown;
    this.lastName = lastNameShown;
    this.email = null;
    this.phone = null;
    this.birthDate = null;
    this.contactConsentAt = null;
    this.anonymisedAt = now;
  }

  /** The person withdrew their consent: nobody writes to them or refers them any more. */
  public void withdrawConsent(Instant now) {
    this.contactConsentAt = null;
    this.consentWithdrawnAt = now;
  }

  /** Whether the application may still act for the person: consent not withdrawn, data not anonymised. */
  public boolean isActive() {
    return consentWithdrawnAt == null && anonymisedAt == null;
  }

  public Instant getAnonymisedAt() {
    return anonymisedAt;
  }

  public Instant getConsentWithdrawnAt() {
    return consentWithdrawnAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  void possibleDuplicate() {
    this.possibleDuplicate = true;
  }

  public boolean isPossibleDuplicate() {
    return possibleDuplicate;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public Instant getContactConsentAt() {
    return contactConsentAt;
  }

  public Long getId() {
    return id;
  }

  /** First and last name, as people say it. */
  public String fullName() {
    return firstName + " " + lastName;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public String getEmail() {
    return email;
  }

  public String getPhone() {
    return phone;
  }

  public String getCity() {
    return city;
  }

  public boolean isRsaBeneficiary() {
    return rsaBeneficiary;
  }

  public PartnerStructure getStructure() {
    return structure;
  }

  /** Who may see this person: PCPE staff, their structure's people and its heads. */
  public boolean visibleTo(Caller caller) {
    return caller.maySee(structure.getGroupId());
  }

  /** Who refers this person to a drive: their structure's people. */
  public boolean referableBy(Caller caller) {
    return caller.isMemberOf(structure.getGroupId());
  }

  public String getReferentUserId() {
    return referentUserId;
  }

  public Instant getConsentGivenAt() {
    return consentGivenAt;
  }

  public Instant getLastContactAt() {
    return lastContactAt;
  }
}
