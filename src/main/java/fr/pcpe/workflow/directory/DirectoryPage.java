package fr.pcpe.workflow.directory;

import fr.pcpe.workflow.partner.PartnerStructure;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** A partner structure's page in the services directory: one service, for whom, where, how to refer, whom to call. */
@Entity
public class DirectoryPage {

  private static final String SEPARATOR = "\n";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  private PartnerStructure structure;

  @Column(nullable = false)
  private String serviceName;

  @Column(nullable = false)
  private String description;

  @Column(nullable = false)
  private String themes;

  @Column(nullable = false)
  private String audiences;

  @Column(nullable = false)
  private String communes;

  @Column(nullable = false)
  private String howToRefer;

  @Column(nullable = false)
  private String contactName;

  @Column(nullable = false)
  private String contactEmail;

  private String contactPhone;

  @Column(nullable = false)
  private Instant updatedAt;

  @Column(nullable = false)
  private String updatedBy;

  private Instant remindedAt;

  protected DirectoryPage() {
  }

  DirectoryPage(PartnerStructure structure) {
    this.structure = structure;
  }

  /** The page as its structure wrote it, now. */
  void write(DirectoryEntry entry, String by, Instant now) {
    this.serviceName = entry.serviceName().strip();
    this.description = entry.description().strip();
    this.themes = join(entry.themes().stream().map(Enum::name).sorted().toList());
    this.audiences = join(entry.audiences().stream().map(Enum::name).sorted().toList());
    this.communes = join(entry.communes().stream().map(String::strip).filter(commune -> !commune.isEmpty()).distinct()
        .toList());
    this.howToRefer = entry.howToRefer().strip();
    this.contactName = entry.contactName().strip();
    this.contactEmail = entry.contactEmail().strip();
    this.contactPhone = entry.contactPhone() == null || entry.contactPhone().isBlank() ? null : entry.contactPhone().strip();
    this.updatedAt = now;
    this.updatedBy = by;
  }

  void reminded(Instant now) {
    this.remindedAt = now;
  }

  private static String join(Collection<String> values) {
    return String.join(SEPARATOR, values);
  }

  private static List<String> split(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(SEPARATOR));
  }

  /** The page as the API shows it and its form reads it back. */
  DirectoryEntry entry() {
    return new DirectoryEntry(serviceName, description, getThemes(), getAudiences(), getCommunes(), howToRefer,
        contactName, contactEmail, contactPhone);
  }

  public PartnerStructure getStructure() {
    return structure;
  }

  public String getServiceName() {
    return serviceName;
  }

  public String getDescription() {
    return description;
  }

  public List<Theme> getThemes() {
    return split(themes).stream().map(Theme::valueOf).toList();
  }

  public List<Audience> getAudiences() {
    return split(audiences).stream().map(Audience::valueOf).toList();
  }

  public List<String> getCommunes() {
    return split(communes);
  }

  public String getHowToRefer() {
    return howToRefer;
  }

  public String getContactName() {
    return contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Instant getRemindedAt() {
    return remindedAt;
  }

  /** The communes as one line ("Aubervilliers, Saint-Denis"). */
  String communesInOneLine() {
    return getCommunes().stream().collect(Collectors.joining(", "));
  }
}
