package vn.motcua.tracking.internal;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * 404 for every failed lookup alike: a code that does not exist, or a wrong ID digits or token for
 * one that does. One body, one set of headers, nothing that tells them apart.
 */
class StatusNotFound extends ErrorResponseException {

  StatusNotFound() {
    super(HttpStatus.NOT_FOUND);
    getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
  }
}
