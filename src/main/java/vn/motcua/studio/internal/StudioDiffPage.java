package vn.motcua.studio.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The difference between two versions of a procedure, for administrators and supervisors. */
@Controller
class StudioDiffPage {

  private final StudioAccess access;
  private final StudioController api;

  StudioDiffPage(StudioAccess access, StudioController api) {
    this.access = access;
    this.api = api;
  }

  @GetMapping("/studio/procedures/{key}/diff")
  String diff(
      @PathVariable String key,
      @RequestParam(required = false) Integer from,
      @RequestParam(required = false) Integer to,
      Model model) {
    access.requireReader();
    model.addAttribute("diff", api.diffOf(key, from, to));
    return "studio-diff";
  }
}
