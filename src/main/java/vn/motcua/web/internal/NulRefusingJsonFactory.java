package vn.motcua.web.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.DataInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * A JSON factory whose parsers refuse a NUL character (U+0000) in any string or field name,
 * wherever it sits (typed fields, free-form maps, keys): PostgreSQL's text and jsonb types cannot
 * store it, and no form of ours needs it. Jackson has no setting for this; checking the tokens as
 * they are read covers every endpoint in one place, where a String deserializer would miss map keys
 * and free-form values.
 */
final class NulRefusingJsonFactory extends JsonFactory {

  private static final long serialVersionUID = 1L;

  NulRefusingJsonFactory(JsonFactoryBuilder builder) {
    super(builder);
  }

  private NulRefusingJsonFactory(NulRefusingJsonFactory source) {
    super(source, null);
  }

  @Override
  public JsonFactory copy() {
    return new NulRefusingJsonFactory(this);
  }

  @Override
  protected JsonParser _createParser(InputStream in, IOContext context) throws IOException {
    return new Checked(super._createParser(in, context));
  }

  @Override
  protected JsonParser _createParser(Reader reader, IOContext context) throws IOException {
    return new Checked(super._createParser(reader, context));
  }

  @Override
  protected JsonParser _createParser(
      char[] data, int offset, int length, IOContext context, boolean recyclable)
      throws IOException {
    return new Checked(super._createParser(data, offset, length, context, recyclable));
  }

  @Override
  protected JsonParser _createParser(byte[] data, int offset, int length, IOContext context)
      throws IOException {
    return new Checked(super._createParser(data, offset, length, context));
  }

  @Override
  protected JsonParser _createParser(DataInput input, IOContext context) throws IOException {
    return new Checked(super._createParser(input, context));
  }

  /** A NUL character in a string or key of the body; {@link #field()} is where. */
  static final class NulCharacterException extends JsonParseException {

    private static final long serialVersionUID = 1L;
    private final String field;

    NulCharacterException(JsonParser parser, String field) {
      super(parser, "NUL character in " + field);
      this.field = field;
    }

    String field() {
      return field;
    }
  }

  private static final class Checked extends JsonParserDelegate {

    Checked(JsonParser parser) {
      super(parser);
    }

    @Override
    public JsonToken nextToken() throws IOException {
      return check(super.nextToken());
    }

    @Override
    public JsonToken nextValue() throws IOException {
      return check(super.nextValue());
    }

    private JsonToken check(JsonToken token) throws IOException {
      if ((token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME)
          && getText().indexOf('\0') >= 0) {
        String pointer = getParsingContext().pathAsPointer().toString();
        // named without the NUL itself, which no answer should carry back
        String field =
            pointer.isEmpty()
                ? "$"
                : pointer.substring(1).replace('/', '.').replace("\0", "\\u0000");
        throw new NulCharacterException(this, field);
      }
      return token;
    }
  }
}
