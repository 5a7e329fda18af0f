/** Shared web pieces: the login and home pages, RFC 9457 problem details in the user's language. */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package vn.motcua.web;
