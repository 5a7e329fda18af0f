package vn.motcua.attachment;

/**
 * A document to store: its dossier, checklist kind ({@code D1}…) and kind name, the file name and
 * media type the client gave, the bytes, whether it is a digitised original (số hóa), and who
 * uploads it.
 */
public record NewAttachment(
    String dossierCode,
    String kind,
    String kindName,
    String fileName,
    String declaredMediaType,
    byte[] content,
    boolean digitisedOriginal,
    String uploadedBy) {}
