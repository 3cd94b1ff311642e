package fr.pcpe.workflow.cce;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

/** A year's target of Cafés Contact Emploi (the report: about 30 a year). */
@Entity
public class CceYearPlan {

  @Id
  @Column(name = "plan_year")
  private int year;

  private int target;

  @Column(nullable = false)
  private Instant updatedAt;

  protected CceYearPlan() {
  }

  CceYearPlan(int year, Instant now) {
    this.year = year;
    this.updatedAt = now;
  }

  void target(int target, Instant now) {
    this.target = target;
    this.updatedAt = now;
  }

  public int getYear() {
    return year;
  }

  public int getTarget() {
    return target;
  }
}
