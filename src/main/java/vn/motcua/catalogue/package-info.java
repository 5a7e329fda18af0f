/**
 * Procedures: deploys processes/ and forms/, reads each procedure version's metadata from the
 * extension properties of its BPMN, and checks a procedure model before it is deployed or published
 * ({@link vn.motcua.catalogue.ProcedureChecks}: the deployment rules per element, plus the studio's
 * checks).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue")
package vn.motcua.catalogue;
