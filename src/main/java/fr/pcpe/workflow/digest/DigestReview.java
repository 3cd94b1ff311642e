package fr.pcpe.workflow.digest;

import fr.pcpe.workflow.digest.DigestProcesses.Vars;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The review: at least one offer kept, the one put first among them; then the digest takes it. */
record DigestReview(List<Long> kept, Long first, int gathered, String introduction) {

  Map<String, String> violations() {
    Map<String, String> violations = new LinkedHashMap<>();
    if (kept == null || kept.isEmpty() || kept.stream().anyMatch(position -> position < 0 || position >= gathered)) {
      violations.put(Vars.KEPT_OFFERS.name(), "digest.review.keepOne");
    } else if (first != null && !kept.contains(first)) {
      violations.put(Vars.FIRST_OFFER.name(), "digest.review.firstNotKept");
    }
    if (introduction != null && introduction.length() > 2000) {
      violations.put(Vars.INTRODUCTION.name(), "digest.review.introductionTooLong");
    }
    return violations;
  }
}
