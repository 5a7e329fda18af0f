package vn.motcua.organization.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.organization.Role;
import vn.motcua.organization.internal.AgencyController.NewAgency;
import vn.motcua.organization.internal.OrganizationAdmin.NewOfficial;
import vn.motcua.security.CurrentOfficial;

/**
 * The organisation admin page ({@code /admin/organization}, administrators only, see the security
 * configuration): the agency tree with units, officials and roles, and forms to add an agency, a
 * unit and an official. A refused form comes back with its values and the reasons next to the
 * fields, in the user's language.
 */
@Controller
@RequestMapping("/admin/organization")
class OrganizationPage {

  private static final String PAGE = "admin/organization";

  /** A new unit, with the agency it belongs to. */
  record UnitForm(
      @NotBlank @Size(max = 64) String agency,
      @NotBlank @Size(max = 64) @Pattern(regexp = "[0-9A-Za-z.]+") String code,
      @NotBlank @Size(max = 255) String name) {}

  private final OrganizationTree tree;
  private final OrganizationAdmin admin;
  private final CurrentOfficial official;

  OrganizationPage(OrganizationTree tree, OrganizationAdmin admin, CurrentOfficial official) {
    this.tree = tree;
    this.admin = admin;
    this.official = official;
  }

  @GetMapping
  String page(Model model) {
    var roots = tree.roots();
    model.addAttribute("user", official.id());
    model.addAttribute("roots", roots);
    model.addAttribute("agencies", OrganizationTree.flatten(roots));
    model.addAttribute("roles", Role.values());
    if (!model.containsAttribute("newAgency")) {
      model.addAttribute("newAgency", new NewAgency(null, null, null));
    }
    if (!model.containsAttribute("unitForm")) {
      model.addAttribute("unitForm", new UnitForm(null, null, null));
    }
    if (!model.containsAttribute("newOfficial")) {
      model.addAttribute(
          "newOfficial", new NewOfficial(null, null, null, null, null, null, List.of(), null));
    }
    return PAGE;
  }

  @PostMapping("/agencies")
  String addAgency(
      @Valid @ModelAttribute("newAgency") NewAgency form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        admin.addAgency(form.code(), form.name(), form.parentCode());
        return added(redirect, "agency", form.code(), form.code());
      } catch (OrganizationProblem problem) {
        reject(errors, problem);
      }
    }
    return page(model);
  }

  @PostMapping("/units")
  String addUnit(
      @Valid @ModelAttribute("unitForm") UnitForm form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        admin.addUnit(form.agency(), form.code(), form.name());
        return added(redirect, "unit", form.code(), form.agency());
      } catch (OrganizationProblem problem) {
        reject(errors, problem);
      }
    }
    return page(model);
  }

  @PostMapping("/officials")
  String addOfficial(
      @Valid @ModelAttribute("newOfficial") NewOfficial form,
      BindingResult errors,
      Model model,
      RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        admin.addOfficial(form);
        return added(redirect, "official", form.id(), form.agency());
      } catch (OrganizationProblem problem) {
        reject(errors, problem);
      }
    }
    return page(model);
  }

  /** Back to the page at the agency concerned, saying what was added. */
  private static String added(
      RedirectAttributes redirect, String what, String code, String agency) {
    redirect.addFlashAttribute("added", what);
    redirect.addFlashAttribute("addedCode", code);
    return "redirect:/admin/organization#agency-" + agency;
  }

  private static void reject(BindingResult errors, OrganizationProblem problem) {
    errors.rejectValue(
        problem.field(), problem.messageCode(), new Object[] {problem.value()}, null);
  }
}
