/**
 * The procedure studio ({@code /studio}): administrators model procedures in the browser (bpmn-js
 * with the Camunda 7 properties panel and the product's element templates, form-js for the forms),
 * see the legal checks live, preview the deadlines on an agency's working calendar, publish the
 * BPMN and its forms as one deployment with a change note, compare versions, and migrate running
 * dossiers to a new version with their legal clocks intact. The element templates are also served
 * for Camunda Modeler. Supervisors read the differences between versions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Studio")
package vn.motcua.studio;
