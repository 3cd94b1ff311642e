package fr.pcpe.workflow.digest;

import static fr.pcpe.workflow.common.ProcessVariable.date;
import static fr.pcpe.workflow.common.ProcessVariable.enumVar;
import static fr.pcpe.workflow.common.ProcessVariable.ids;
import static fr.pcpe.workflow.common.ProcessVariable.shown;
import static fr.pcpe.workflow.common.ProcessVariable.text;

import fr.pcpe.workflow.common.ContractType;
import fr.pcpe.workflow.common.ProcessVariable;
import java.time.LocalDate;
import java.util.List;

/**
 * The hebdo's two processes: {@code weeklyDigest} (processes/digest/weekly-digest.bpmn, business key the
 * week, "2026-48") and {@code postOffer} (processes/digest/post-offer.bpmn, Tasklist's start form that
 * records an offer for the hebdo).
 */
public final class DigestProcesses {

  public static final String KEY = "weeklyDigest";
  public static final String POST_OFFER_KEY = "postOffer";
  public static final String TIMER_START = "timer_mondayMorning";
  public static final String TASK_REVIEW = "userTask_reviewDigest";

  public static final class Vars {
    public static final ProcessVariable<String> WEEK = text("week");
    public static final ProcessVariable<String> WEEK_LABEL = text("weekLabel");
    /** DRAFT to review, EMPTY (no offer: nothing sent), PUBLISHED (the week went out already). */
    public static final ProcessVariable<String> DIGEST_STATUS = text("digestStatus");
    public static final ProcessVariable<Object> ITEM_OPTIONS = shown("itemOptions");
    public static final ProcessVariable<List<Long>> KEPT_OFFERS = ids("keptOffers");
    public static final ProcessVariable<String> FIRST_OFFER = text("firstOffer");
    public static final ProcessVariable<String> INTRODUCTION = text("introduction");

    // postOffer's start form
    public static final ProcessVariable<String> TITLE = text("title");
    public static final ProcessVariable<String> EMPLOYER_NAME = text("employerName");
    public static final ProcessVariable<String> ROME_CODE = text("romeCode");
    public static final ProcessVariable<ContractType> CONTRACT_TYPE = enumVar("contractType", ContractType.class);
    public static final ProcessVariable<String> COMMUNE = text("commune");
    public static final ProcessVariable<LocalDate> CLOSING_DATE = date("closingDate");
    public static final ProcessVariable<String> DETAILS = text("details");

    private Vars() {
    }
  }

  private DigestProcesses() {
  }
}
