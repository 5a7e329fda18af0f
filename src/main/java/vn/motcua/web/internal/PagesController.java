package vn.motcua.web.internal;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page and the home page that leads to the task list and the consoles. */
@Controller
class PagesController {

  @GetMapping("/login")
  String login() {
    return "login";
  }

  @GetMapping("/")
  String home(Authentication user, Model model) {
    model.addAttribute("user", user.getName());
    model.addAttribute(
        "groups", user.getAuthorities().stream().map(Object::toString).sorted().toList());
    return "home";
  }
}
