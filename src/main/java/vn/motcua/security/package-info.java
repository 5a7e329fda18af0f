/**
 * One login for our pages, the API, the engine REST API and the Camunda webapps: Spring Security
 * authenticates against Camunda's identity tables and hands the user on to the engine, so that
 * Camunda authorizations apply everywhere.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package vn.motcua.security;
