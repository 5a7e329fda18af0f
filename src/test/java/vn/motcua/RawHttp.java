package vn.motcua;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, for what ordinary clients refuse to send (a bad URL encoding, a
 * control character in a header) and to come from another loopback address than 127.0.0.1 (the
 * sign-in throttle counts per client address). One request per connection.
 */
public final class RawHttp {

  private final int port;
  private final String from;

  private RawHttp(int port, String from) {
    this.port = port;
    this.from = from;
  }

  /** A client connecting from {@code localAddress} (any of 127.0.0.0/8). */
  public static RawHttp from(int port, String localAddress) {
    return new RawHttp(port, localAddress);
  }

  /** A response: status, raw header lines and body text. */
  public record Response(int status, List<String> headers, String body) {

    public Optional<String> header(String name) {
      String prefix = name.toLowerCase(Locale.ROOT) + ":";
      return headers.stream()
          .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
          .map(line -> line.substring(prefix.length()).strip())
          .findFirst();
    }

    public List<String> all(String name) {
      String prefix = name.toLowerCase(Locale.ROOT) + ":";
      return headers.stream()
          .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
          .map(line -> line.substring(prefix.length()).strip())
          .toList();
    }
  }

  /** {@code Authorization: Basic} for {@code user:password}. */
  public static String basic(String user, String password) {
    return "Authorization: Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** Sends {@code method target} with the header lines and body given, exactly as written. */
  public Response send(String method, String target, List<String> headers, String body) {
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    StringBuilder request = new StringBuilder();
    request.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
    request.append("Host: localhost:").append(port).append("\r\n");
    request.append("Connection: close\r\n");
    for (String header : headers) {
      request.append(header).append("\r\n");
    }
    if (body != null) {
      request.append("Content-Length: ").append(content.length).append("\r\n");
    }
    request.append("\r\n");
    try (Socket socket =
        new Socket(InetAddress.getLoopbackAddress(), port, InetAddress.getByName(from), 0)) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(content);
      out.flush();
      return parse(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Signs in through the login form as a browser does: the redirect's target and, when it worked,
   * the {@code Cookie} header line of the new session.
   */
  public Response signIn(String user, String password) {
    Response page = get("/login");
    String cookie = page.header("Set-Cookie").orElseThrow().split(";")[0];
    java.util.regex.Matcher csrf =
        java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
    if (!csrf.find()) {
      throw new IllegalStateException("no CSRF token on the login page");
    }
    String form =
        "username="
            + java.net.URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password="
            + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&_csrf="
            + java.net.URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
    Response sent =
        send(
            "POST",
            "/login",
            List.of("Cookie: " + cookie, "Content-Type: application/x-www-form-urlencoded"),
            form);
    String session = sent.header("Set-Cookie").map(value -> value.split(";")[0]).orElse(cookie);
    List<String> headers = new ArrayList<>(sent.headers());
    headers.add("X-Session-Cookie: Cookie: " + session);
    return new Response(sent.status(), headers, sent.body());
  }

  public Response get(String target, String... headers) {
    return send("GET", target, List.of(headers), null);
  }

  private static Response parse(InputStream in) throws IOException {
    byte[] all = in.readAllBytes();
    int end = indexOf(all, CRLF_CRLF, 0);
    String head = new String(all, 0, end < 0 ? all.length : end, StandardCharsets.ISO_8859_1);
    byte[] body = end < 0 ? new byte[0] : Arrays.copyOfRange(all, end + 4, all.length);
    String[] lines = head.split("\r\n");
    int status = lines[0].isEmpty() ? -1 : Integer.parseInt(lines[0].split(" ")[1]);
    List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
    boolean chunked =
        headers.stream()
            .anyMatch(
                h ->
                    h.toLowerCase(Locale.ROOT)
                        .replace(" ", "")
                        .equals("transfer-encoding:chunked"));
    return new Response(
        status, headers, new String(chunked ? unchunk(body) : body, StandardCharsets.UTF_8));
  }

  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] CRLF_CRLF = {'\r', '\n', '\r', '\n'};

  /** The chunks' bytes joined: sizes count bytes, and a chunk may end inside a UTF-8 character. */
  private static byte[] unchunk(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int at = 0;
    while (at < body.length) {
      int lineEnd = indexOf(body, CRLF, at);
      if (lineEnd < 0) {
        break;
      }
      String sizeLine = new String(body, at, lineEnd - at, StandardCharsets.ISO_8859_1);
      int size = Integer.parseInt(sizeLine.split(";")[0].strip(), 16);
      if (size == 0) {
        break;
      }
      int from = lineEnd + 2;
      int length = Math.min(size, body.length - from);
      out.write(body, from, length);
      at = from + length + 2;
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] bytes, byte[] sought, int from) {
    outer:
    for (int i = from; i <= bytes.length - sought.length; i++) {
      for (int j = 0; j < sought.length; j++) {
        if (bytes[i + j] != sought[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
