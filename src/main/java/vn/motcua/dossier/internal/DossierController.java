package vn.motcua.dossier.internal;

import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/dossiers}: receive a dossier, read one, pause and resume its legal clock. */
@RestController
@RequestMapping("/api/dossiers")
class DossierController {

  private final DossierReception reception;
  private final DossierQueries queries;
  private final LegalClockControl legalClock;

  DossierController(
      DossierReception reception, DossierQueries queries, LegalClockControl legalClock) {
    this.reception = reception;
    this.queries = queries;
    this.legalClock = legalClock;
  }

  @PostMapping
  ResponseEntity<DossierView.Receipt> receive(@Valid @RequestBody NewDossierRequest request) {
    Dossier dossier = reception.receive(request);
    return ResponseEntity.created(URI.create("/api/dossiers/" + dossier.code()))
        .body(
            new DossierView.Receipt(
                dossier.code(), dossier.status(), dossier.receivedAt(), dossier.dueAt()));
  }

  @GetMapping("/{code}")
  DossierView find(@PathVariable String code) {
    return queries.find(code);
  }

  @PostMapping("/{code}/pause")
  DossierView pause(@PathVariable String code, @Valid @RequestBody PauseRequest request) {
    legalClock.pause(code, request.reason());
    return queries.find(code);
  }

  @PostMapping("/{code}/resume")
  DossierView resume(@PathVariable String code) {
    legalClock.resume(code);
    return queries.find(code);
  }
}
