package vn.motcua.web;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** 429: a public endpoint's rate limit is spent for this client; try again after the wait. */
public class TooManyRequests extends ErrorResponseException {

  public TooManyRequests(String purpose, Duration wait) {
    super(
        HttpStatus.TOO_MANY_REQUESTS,
        body(purpose, wait),
        null,
        null,
        new Object[] {seconds(wait)});
    getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds(wait)));
  }

  private static ProblemDetail body(String purpose, Duration wait) {
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.TOO_MANY_REQUESTS);
    problem.setProperty("purpose", purpose);
    problem.setProperty("retryAfterSeconds", seconds(wait));
    return problem;
  }

  private static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }
}
