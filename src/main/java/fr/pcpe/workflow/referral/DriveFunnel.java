package fr.pcpe.workflow.referral;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A drive's funnel, per partner structure: referred → screened → sent → interviewed → hired. */
public record DriveFunnel(String structure, int referred, int screened, int sent, int interviewed, int hired) {

  public static List<DriveFunnel> perStructure(Collection<Referral> referrals) {
    Map<String, List<Referral>> byStructure = referrals.stream()
        .sorted(Comparator.comparing(referral -> referral.getStructure().getName()))
        .collect(Collectors.groupingBy(referral -> referral.getStructure().getName(), LinkedHashMap::new,
            Collectors.toList()));
    return byStructure.entrySet().stream().map(entry -> of(entry.getKey(), entry.getValue())).toList();
  }

  public static DriveFunnel of(String structure, List<Referral> referrals) {
    int screened = 0;
    int sent = 0;
    int interviewed = 0;
    int hired = 0;
    for (Referral referral : referrals) {
      ReferralStatus status = referral.getStatus();
      screened += status == ReferralStatus.SUBMITTED || status == ReferralStatus.WITHDRAWN ? 0 : 1;
      sent += status == ReferralStatus.SUBMITTED || status == ReferralStatus.REFUSED
          || status == ReferralStatus.WITHDRAWN ? 0 : 1;
      interviewed += referral.getInterviewDate() != null ? 1 : 0;
      hired += status == ReferralStatus.HIRED ? 1 : 0;
    }
    return new DriveFunnel(structure, referrals.size(), screened, sent, interviewed, hired);
  }

  public DriveFunnel plus(DriveFunnel other) {
    return new DriveFunnel(structure, referred + other.referred, screened + other.screened,
        sent + other.sent, interviewed + other.interviewed, hired + other.hired);
  }
}
