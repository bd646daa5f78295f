package com.activationdesk.invitation.ui;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.base.i18n.TranslationProvider;
import com.activationdesk.base.ui.FieldErrors;
import com.activationdesk.base.ui.Formats;
import com.activationdesk.base.ui.InputLimits;
import com.activationdesk.base.ui.ViewerTime;
import com.activationdesk.invitation.InvitationLinks;
import com.activationdesk.invitation.service.ActivationService;
import com.activationdesk.invitation.service.InvalidLinkException;
import com.activationdesk.invitation.service.InvitationService;
import com.activationdesk.invitation.service.LiveInvitation;
import com.activationdesk.invitation.service.TermsConsent;
import com.activationdesk.organization.service.PasswordPolicy;
import com.activationdesk.organization.service.PasswordRule;
import com.activationdesk.security.ui.LoginView;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WebBrowser;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The public page behind the invitation link: the tenant administrator sees whose tenant it is, chooses a password
 * (the rules turn green while typing), accepts the terms and activates. A link that cannot be used, for whatever
 * reason, shows one neutral page. German or English from the browser; {@code ?lang=de|en} switches.
 */
@Route(value = InvitationLinks.ACTIVATION_ROUTE, autoLayout = false)
@AnonymousAllowed
public class ActivationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String LANGUAGE = "lang";

    private final InvitationService invitations;
    private final ActivationService activation;
    private final ViewerTime viewerTime;
    private final PasswordPolicy passwordPolicy;

    private String token;
    private String titleKey = "activation.title";

    public ActivationView(InvitationService invitations, ActivationService activation, ViewerTime viewerTime,
                          PasswordPolicy passwordPolicy) {
        this.invitations = invitations;
        this.viewerTime = viewerTime;
        this.activation = activation;
        this.passwordPolicy = passwordPolicy;
        addClassName("activation-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(LANGUAGE)
                .filter(language -> TranslationProvider.SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(language)))
                .map(Locale::of)
                .ifPresent(ActivationView::useLanguage);
        token = event.getRouteParameters().get(InvitationLinks.TOKEN_PARAMETER).orElse("");
        invitations.findLive(token).ifPresentOrElse(this::showForm, this::showInvalidLink);
    }

    private static void useLanguage(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }

    private void showForm(LiveInvitation live) {
        titleKey = "activation.title";
        Div card = card("activation-form");
        card.add(new H2(getTranslation("activation.title")),
                new Paragraph(getTranslation("activation.intro", live.customerName(), live.partnerName())),
                new Paragraph(getTranslation("activation.valid-until",
                        viewerTime.formats(getLocale()).dateTimeWithZone(live.expiresAt()))));

        TextField email = new TextField(getTranslation("activation.email"));
        email.setId("activation-email");
        email.setValue(live.adminEmail());
        email.setReadOnly(true);
        email.setWidthFull();

        PasswordField password = new PasswordField(getTranslation("activation.password"));
        password.setId("activation-password");
        PasswordField confirmation = new PasswordField(getTranslation("activation.password-confirmation"));
        confirmation.setId("activation-password-confirmation");
        Div rules = passwordRules(password, confirmation, live.adminEmail());
        InputLimits.countWithoutCutting(password, passwordPolicy.maxLength());
        InputLimits.countWithoutCutting(confirmation, passwordPolicy.maxLength());

        Checkbox accept = new Checkbox(getTranslation("activation.terms.accept", activation.termsVersion()));
        accept.setId("activation-terms");
        accept.setRequiredIndicatorVisible(true);
        accept.addValueChangeListener(change -> accept.setInvalid(false));
        Paragraph termsText = new Paragraph(getTranslation("activation.terms.text"));
        Paragraph termsVersion = new Paragraph(getTranslation("activation.terms.version", activation.termsVersion()));
        Div terms = new Div(new H3(getTranslation("activation.terms.title")), termsText, termsVersion, accept);
        terms.addClassName("activation-terms");

        Map<String, HasValidation> fields = Map.of("email", email, "password", password,
                "passwordConfirmation", confirmation, "terms", accept);
        Button submit = new Button(getTranslation("activation.submit"), click -> {
            try {
                showSuccess(activation.activate(token, password.getValue(), confirmation.getValue(),
                        consent(accept.getValue(), termsText.getText() + "\n\n" + termsVersion.getText())));
            } catch (InvalidLinkException e) {
                showInvalidLink();
            } catch (FieldValidationException e) {
                FieldErrors.showOrNotify(fields, e);
            }
        });
        submit.setId("activation-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);

        card.add(email, password, confirmation, rules, terms, submit);
        show(card);
    }

    /**
     * The consent with the client it comes from, as the server sees it: behind a reverse proxy the address is the
     * proxy's unless {@code server.forward-headers-strategy} is set.
     */
    private static TermsConsent consent(boolean accepted, String termsShown) {
        WebBrowser browser = VaadinSession.getCurrent().getBrowser();
        return new TermsConsent(accepted, termsShown, browser.getAddress(), browser.getBrowserApplication());
    }

    /** The password rules, turning green while the administrator types; the last one compares both fields. */
    private Div passwordRules(PasswordField password, PasswordField confirmation, String email) {
        Div rules = new Div();
        rules.setId("activation-password-rules");
        rules.addClassName("password-rules");
        // The policy's own rules, order and wording, as everywhere a password is chosen.
        Map<Span, Predicate<String>> checks = new LinkedHashMap<>();
        for (PasswordRule rule : PasswordRule.values()) {
            checks.put(rule(rule.ruleKey(), passwordPolicy.arguments(rule)),
                    value -> !passwordPolicy.violations(value, email).contains(rule));
        }
        Span match = rule("activation.rule.match");
        checks.keySet().forEach(rules::add);
        rules.add(match);
        for (PasswordField field : new PasswordField[] {password, confirmation}) {
            field.setValueChangeMode(ValueChangeMode.EAGER);
            field.setWidthFull();
            field.setRequiredIndicatorVisible(true);
            field.addValueChangeListener(change -> {
                checks.forEach((span, check) -> mark(span, !password.isEmpty(), check.test(password.getValue())));
                mark(match, !password.isEmpty() || !confirmation.isEmpty(),
                        !password.isEmpty() && password.getValue().equals(confirmation.getValue()));
                field.setInvalid(false);
            });
        }
        return rules;
    }

    private void showInvalidLink() {
        titleKey = "activation.invalid.title";
        Div card = card("activation-invalid");
        card.add(new H2(getTranslation("activation.invalid.title")), new Paragraph(getTranslation("activation.invalid.text")));
        show(card);
    }

    private void showSuccess(String loginEmail) {
        titleKey = "activation.success.title";
        Div card = card("activation-success");
        RouterLink login = new RouterLink(getTranslation("activation.success.login"), LoginView.class);
        login.setId("activation-login-link");
        card.add(new H2(getTranslation("activation.success.title")),
                new Paragraph(getTranslation("activation.success.text", loginEmail)), login);
        show(card);
    }

    private void show(Div card) {
        removeAll();
        add(card, languageLinks());
        // after a click the page changes without navigation, so the title follows by hand
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    /** Plain links back to this page: the language is applied while the page is built. */
    private Div languageLinks() {
        Div links = new Div();
        links.addClassName("language-links");
        for (Locale locale : TranslationProvider.SUPPORTED) {
            Anchor link = new Anchor(InvitationLinks.activation(token) + "?" + LANGUAGE + "=" + locale.getLanguage(),
                    Formats.language(locale.getLanguage()));
            link.setId("activation-language-" + locale.getLanguage());
            links.add(link);
        }
        return links;
    }

    private static Div card(String id) {
        Div card = new Div();
        card.setId(id);
        card.addClassNames("card", "activation-card");
        return card;
    }

    private Span rule(String key, Object... arguments) {
        Span rule = new Span();
        rule.addClassName("password-rule");
        rule.add(new Icon(VaadinIcon.CIRCLE_THIN), new Span(getTranslation(key, arguments)));
        rule.getElement().setAttribute("data-rule", key);
        return rule;
    }

    /** Neutral until something is typed: an empty form has broken no rule yet, so nothing shows as failed. */
    private static void mark(Span rule, boolean typed, boolean met) {
        rule.setClassName("met", typed && met);
        rule.setClassName("unmet", typed && !met);
        VaadinIcon icon = !typed ? VaadinIcon.CIRCLE_THIN : met ? VaadinIcon.CHECK : VaadinIcon.CLOSE_SMALL;
        rule.replace(rule.getComponentAt(0), new Icon(icon));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " | " + getTranslation("app.name");
    }
}
