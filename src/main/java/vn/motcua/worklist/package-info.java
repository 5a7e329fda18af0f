/**
 * The civil servant's task list: Tasklist filters now, our own worklist pages and queries later.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Worklist")
package vn.motcua.worklist;
