package vn.motcua.studio;

import java.time.Instant;
import java.util.List;

/**
 * An administrator published a new version of a procedure from the studio: one deployment with the
 * BPMN and exactly the forms it references, and the change note they wrote.
 */
public record ProcedurePublished(
    String key,
    int version,
    String definitionId,
    String deploymentId,
    List<String> forms,
    String changeNote,
    String actor,
    Instant at) {}
