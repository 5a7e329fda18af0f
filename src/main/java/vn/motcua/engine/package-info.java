/**
 * Engine safety: what a deployment, a stored Tasklist filter or an expression may do. Deployments
 * may only call the product's published beans (an allow-list), carry no scripts or Java classes,
 * and stay within size limits; at evaluation time the expression manager refuses reflection and
 * process-spawning types whatever was stored before. Its API serves every module's engine plugins:
 * {@link vn.motcua.engine.EngineLists} (adding to the configuration's lists) and {@link
 * vn.motcua.engine.ElementProblem} (one problem of a refused deployment).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Engine safety")
package vn.motcua.engine;
