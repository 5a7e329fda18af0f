package vn.motcua.web;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body a filter read into memory before the application (the engine REST API) reads
 * it, replayed byte for byte: the deployment upload limit reads up to its limit to refuse a larger
 * body, the engine API guard reads a task completion to check its fields. Hand-written: Spring's
 * {@code ContentCachingRequestWrapper} only keeps what the next reader consumed, which is too late
 * to refuse a request.
 */
public final class ReplayedBodyRequest extends HttpServletRequestWrapper {

  private final byte[] body;

  public ReplayedBodyRequest(HttpServletRequest request, byte[] body) {
    super(request);
    this.body = body;
  }

  /** Reads at most {@code max} bytes of the body (the rest is dropped: the next reader fails). */
  public static ReplayedBodyRequest read(HttpServletRequest request, int max) throws IOException {
    return new ReplayedBodyRequest(request, request.getInputStream().readNBytes(max));
  }

  /** The body as read. */
  public byte[] body() {
    return body;
  }

  @Override
  public int getContentLength() {
    return body.length;
  }

  @Override
  public long getContentLengthLong() {
    return body.length;
  }

  @Override
  public ServletInputStream getInputStream() {
    ByteArrayInputStream in = new ByteArrayInputStream(body);
    return new ServletInputStream() {
      @Override
      public int read() {
        return in.read();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        return in.read(b, off, len);
      }

      @Override
      public boolean isFinished() {
        return in.available() == 0;
      }

      @Override
      public boolean isReady() {
        return true;
      }

      @Override
      public void setReadListener(ReadListener listener) {
        throw new UnsupportedOperationException("synchronous reads only");
      }
    };
  }

  @Override
  public BufferedReader getReader() {
    String encoding = getCharacterEncoding();
    Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
    return new BufferedReader(new InputStreamReader(getInputStream(), charset));
  }
}
