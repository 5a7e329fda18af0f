package vn.motcua.reception.internal;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.AwaitingAcceptance;

/**
 * {@code GET /api/reception/online?agency=}: the agency's online submissions awaiting acceptance,
 * oldest first, for its reception officers.
 */
@RestController
class OnlineQueueController {

  private final AwaitingAcceptance submissions;

  OnlineQueueController(AwaitingAcceptance submissions) {
    this.submissions = submissions;
  }

  @GetMapping("/api/reception/online")
  List<AwaitingAcceptance.Waiting> waiting(@RequestParam String agency) {
    return submissions.waiting(agency);
  }
}
