package vn.motcua.reception.internal;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.dossier.OnlineSubmissions;

/**
 * {@code GET /api/reception/online?agency=}: the agency's online submissions awaiting acceptance,
 * oldest first, for its reception officers.
 */
@RestController
class OnlineQueueController {

  private final OnlineSubmissions submissions;

  OnlineQueueController(OnlineSubmissions submissions) {
    this.submissions = submissions;
  }

  @GetMapping("/api/reception/online")
  List<OnlineSubmissions.Waiting> waiting(@RequestParam String agency) {
    return submissions.waiting(agency);
  }
}
