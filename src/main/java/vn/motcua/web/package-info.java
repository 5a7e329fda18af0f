/** Shared web pieces: RFC 9457 problem details in the user's language. */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package vn.motcua.web;
