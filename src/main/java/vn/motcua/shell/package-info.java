/**
 * The frame of our pages: the login and home pages, and the header every page of ours shows ({@code
 * templates/fragments/shell.html}): the screens the user may open, greeting by full name, unit and
 * agency by name, the notification bell, the language switch (kept on the official for their
 * notifications). Above organisation, notification and security; {@code web} stays below.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Page frame")
package vn.motcua.shell;
