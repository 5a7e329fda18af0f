package vn.motcua.attachment.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The document store's settings.
 *
 * @param directory where the files live when the documents are not kept in PostgreSQL (the demo
 *     profile): one file per document, named by its id
 * @param maxFileSize the largest document accepted (Spring's multipart limit should match it)
 */
@ConfigurationProperties("motcua.attachment")
record AttachmentSettings(
    @DefaultValue("./data/documents") Path directory, @DefaultValue("20MB") DataSize maxFileSize) {}
