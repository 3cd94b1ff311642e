package fr.pcpe.workflow.visit;

import fr.pcpe.workflow.common.ReferencedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.time.LocalDate;

/** A learning visit: what it shows, who hosts it, when, how many places; once held, what people took away. */
@Entity
public class LearningVisit extends ReferencedEntity {

  @Override
  protected String idSequence() {
    return "learning_visit_seq";
  }

  @Override
  protected String referenceFormat() {
    return "VIS-%d-%03d";
  }

  @Column(nullable = false)
  private String theme;

  @Column(nullable = false)
  private String host;

  @Column(name = "visit_day", nullable = false)
  private LocalDate day;

  private int places;

  private String takeaways;

  private boolean held;

  protected LearningVisit() {
  }

  LearningVisit(String theme, String host, LocalDate day, int places, Instant now) {
    super(now);
    this.theme = theme;
    this.host = host;
    this.day = day;
    this.places = places;
  }

  void held(String takeaways) {
    this.held = true;
    this.takeaways = takeaways;
  }

  public String getTheme() {
    return theme;
  }

  public String getHost() {
    return host;
  }

  public LocalDate getDay() {
    return day;
  }

  public int getPlaces() {
    return places;
  }

  public String getTakeaways() {
    return takeaways;
  }

  public boolean isHeld() {
    return held;
  }
}
