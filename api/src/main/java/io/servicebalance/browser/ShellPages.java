package io.servicebalance.browser;

import io.servicebalance.access.DemoUserPolicy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The login form, the home page that leads each role to its pages, and the page explaining a refusal. */
@Controller
@BrowserPage
class ShellPages {

    private final ObjectProvider<DemoUserPolicy> demoUsers;

    /** {@code demoUsers} is absent where the application runs without its web security (command-line contexts). */
    ShellPages(ObjectProvider<DemoUserPolicy> demoUsers) {
        this.demoUsers = demoUsers;
    }

    /**
     * The login form of the configured (demo) users; where only JWTs are accepted, a page saying so instead of a form
     * no password could pass.
     */
    @GetMapping("/login")
    String login(Model model) {
        DemoUserPolicy policy = demoUsers.getIfAvailable();
        model.addAttribute("formLogin", policy == null || policy.enabled());
        return "login";
    }

    @GetMapping("/ui")
    String home() {
        return "home";
    }

    @RequestMapping(BrowserSecurityConfiguration.DENIED)
    String denied(HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("csrf", request.getAttribute(WebAttributes.ACCESS_DENIED_403) instanceof CsrfException);
        return "denied";
    }
}
