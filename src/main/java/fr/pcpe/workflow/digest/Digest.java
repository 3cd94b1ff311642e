package fr.pcpe.workflow.digest;

import fr.pcpe.workflow.common.ContractType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One week's hebdo ({@code week}: "2026-48", ISO weeks in Paris): the offers gathered on Monday, kept and
 * ordered by the coordinator who reviewed them, and the word of introduction; published once.
 */
@Entity
public class Digest {

  public enum Status { DRAFT, PUBLISHED, EMPTY }

  /** One offer as the hebdo publishes it, copied when gathered (the archive does not change afterwards). */
  @Embeddable
  public static class Item {
    @Column(nullable = false)
    private String source;
    @Column(nullable = false)
    private String title;
    @Column(nullable = false)
    private String employerName;
    private String romeCode;
    @Enumerated(EnumType.STRING)
    private ContractType contractType;
    private String commune;
    private LocalDate closingDate;

    protected Item() {
    }

    Item(String source, String title, String employerName, String romeCode, ContractType contractType, String commune,
        LocalDate closingDate) {
      this.source = source;
      this.title = title;
      this.employerName = employerName;
      this.romeCode = romeCode;
      this.contractType = contractType;
      this.commune = commune;
      this.closingDate = closingDate;
    }

    public String getSource() {
      return source;
    }

    public String getTitle() {
      return title;
    }

    public String getEmployerName() {
      return employerName;
    }

    public String getRomeCode() {
      return romeCode;
    }

    public ContractType getContractType() {
      return contractType;
    }

    public String getCommune() {
      return commune;
    }

    public LocalDate getClosingDate() {
      return closingDate;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String week;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  private String introduction;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "digest_item", joinColumns = @JoinColumn(name = "digest_id"))
  @OrderColumn(name = "position")
  private List<Item> items = new ArrayList<>();

  @Column(nullable = false)
  private Instant createdAt;

  private Instant publishedAt;

  protected Digest() {
  }

  Digest(String week, List<Item> items, Instant now) {
    this.week = week;
    this.items = new ArrayList<>(items);
    this.status = items.isEmpty() ? Status.EMPTY : Status.DRAFT;
    this.createdAt = now;
  }

  /** The coordinator's review: the offers kept, in the order given, and the introduction. */
  void reviewed(List<Item> kept, String introduction) {
    this.items = new ArrayList<>(kept);
    this.introduction = introduction;
  }

  void published(Instant now) {
    this.status = Status.PUBLISHED;
    this.publishedAt = now;
  }

  public String getWeek() {
    return week;
  }

  public Status getStatus() {
    return status;
  }

  public String getIntroduction() {
    return introduction;
  }

  public List<Item> getItems() {
    return items;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }
}
