package vn.motcua.dossier.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/dossiers/{code}/transfer}: the receiving desk's reception officer marks the
 * paper dossier handed over to the resolving agency (Decree 118/2025 Art. 18(2)); answers the
 * dossier.
 */
@RestController
class TransferController {

  /** The body: an optional note (who carried it, the delivery slip's number). */
  record PaperTransfer(@Size(max = 1000) String note) {}

  private final DossierTransfer transfer;
  private final DossierQueries queries;

  TransferController(DossierTransfer transfer, DossierQueries queries) {
    this.transfer = transfer;
    this.queries = queries;
  }

  @PostMapping("/api/dossiers/{code}/transfer")
  DossierView paperTransferred(
      @PathVariable String code, @Valid @RequestBody(required = false) PaperTransfer body) {
    queries.find(code); // 404 for an unknown code, 403 for a dossier the caller may not read
    transfer.paperTransferred(code, body == null ? null : body.note());
    return queries.find(code);
  }
}
