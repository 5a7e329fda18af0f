package vn.motcua.web.internal;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A response that passes everything through until its status is an error (400 or above) when the
 * body is first opened; then it keeps the body (and its length header) back for {@link
 * EngineRestProblems} to rewrite. Success bodies are never buffered.
 */
final class ErrorCapturingResponse extends HttpServletResponseWrapper {

  private ByteArrayOutputStream captured;
  private ServletOutputStream stream;
  private PrintWriter writer;

  ErrorCapturingResponse(HttpServletResponse response) {
    super(response);
  }

  /** The body kept back, or null when the answer went straight through. */
  byte[] capturedBody() {
    if (captured == null) {
      return null;
    }
    if (writer != null) {
      writer.flush();
    }
    return captured.toByteArray();
  }

  private boolean capturing() {
    if (captured == null && getStatus() >= 400 && !isCommitted()) {
      captured = new ByteArrayOutputStream();
    }
    return captured != null;
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (!capturing()) {
      return super.getOutputStream();
    }
    if (stream == null) {
      stream =
          new ServletOutputStream() {
            @Override
            public boolean isReady() {
              return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {}

            @Override
            public void write(int b) {
              captured.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
              captured.write(b, off, len);
            }
          };
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (!capturing()) {
      return super.getWriter();
    }
    if (writer == null) {
      writer = new PrintWriter(new OutputStreamWriter(captured, charset()));
    }
    return writer;
  }

  private java.nio.charset.Charset charset() {
    String name = getCharacterEncoding();
    try {
      return name == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(name);
    } catch (IllegalArgumentException unknown) {
      return StandardCharsets.UTF_8;
    }
  }

  @Override
  public void setContentLength(int len) {
    if (getStatus() < 400) {
      super.setContentLength(len);
    }
  }

  @Override
  public void setContentLengthLong(long len) {
    if (getStatus() < 400) {
      super.setContentLengthLong(len);
    }
  }

  @Override
  public void setHeader(String name, String value) {
    if (!(getStatus() >= 400 && "Content-Length".equalsIgnoreCase(name))) {
      super.setHeader(name, value);
    }
  }

  @Override
  public void addHeader(String name, String value) {
    if (!(getStatus() >= 400 && "Content-Length".equalsIgnoreCase(name))) {
      super.addHeader(name, value);
    }
  }

  @Override
  public void flushBuffer() throws IOException {
    if (captured == null) {
      super.flushBuffer();
    }
  }
}
