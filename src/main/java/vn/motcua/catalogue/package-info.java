/**
 * Procedures: deploys processes/ and forms/, and reads each procedure version's metadata from the
 * extension properties of its BPMN.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue")
package vn.motcua.catalogue;
