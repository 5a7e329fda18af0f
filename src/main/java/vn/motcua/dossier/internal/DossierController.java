package vn.motcua.dossier.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.deadline.Flag;
import vn.motcua.dossier.DossierStatus;

/** {@code /api/dossiers}: receive a dossier, read one, pause and resume its legal clock. */
@RestController
@RequestMapping("/api/dossiers")
class DossierController {

  private final DossierReception reception;
  private final DossierQueries queries;
  private final LegalClockControl legalClock;
  private final DossierSearch search;

  DossierController(
      DossierReception reception,
      DossierQueries queries,
      LegalClockControl legalClock,
      DossierSearch search) {
    this.search = search;
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

  /** The dossiers of the caller's agencies: {@code ?flag=OVERDUE&agency=…&procedure=…}. */
  @GetMapping
  List<DossierView.Row> search(
      @RequestParam(required = false) Flag flag,
      @RequestParam(required = false) @Size(max = 64) String agency,
      @RequestParam(required = false) @Size(max = 255) String procedure,
      @RequestParam(required = false) DossierStatus status,
      @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
    return search.search(new DossierSearch.Filter(flag, agency, procedure, status), page, size);
  }

  @GetMapping("/{code}")
  DossierView find(@PathVariable String code) {
    return queries.find(code);
  }

  @PostMapping("/{code}/pause")
  DossierView pause(@PathVariable String code, @Valid @RequestBody PauseRequest request) {
    legalClock.pause(code, request);
    return queries.find(code);
  }

  @PostMapping("/{code}/resume")
  DossierView resume(@PathVariable String code) {
    legalClock.resume(code);
    return queries.find(code);
  }
}
