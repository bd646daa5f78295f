package com.activationdesk.request.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import com.activationdesk.base.domain.ConcurrentChangeException;
import com.activationdesk.base.domain.DomainException;
import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.base.ui.Notifications;
import com.activationdesk.request.RequestLinks;
import com.activationdesk.request.domain.RequestAction;
import com.activationdesk.request.service.ForwardChecklist;
import com.activationdesk.request.service.InvalidRequestException;
import com.activationdesk.request.service.RequestDetails;
import com.activationdesk.request.service.RequestService;
import com.activationdesk.screening.RequestScreening;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The detail view's buttons: one per action {@link RequestDetails#allowedActions()} lists (the workflow table,
 * evaluated by the service for the logged-in user), never a role check. Each action this bar can perform has a
 * handler; an allowed action without one (the co-administrator actions, shown by that feature as a
 * {@link RequestDetailSection}, or system moves such as expiry) gets no button here.
 */
final class RequestActionBar extends Div {

    /** Actions that move the request on in the normal flow; their buttons are primary. */
    private static final Set<RequestAction> FORWARD_ACTIONS = EnumSet.of(RequestAction.SUBMIT,
            RequestAction.PASS_TO_DAM, RequestAction.FORWARD_TO_CLOUD_OPS, RequestAction.PROVISION_AND_INVITE,
            RequestAction.RESEND_INVITATION);
    private static final Set<RequestAction> DESTRUCTIVE_ACTIONS = EnumSet.of(RequestAction.REJECT,
            RequestAction.WITHDRAW);

    private final RequestService requests;
    private final RequestScreening screening;
    private final RequestDetails details;
    private final Runnable reload;
    private final Map<RequestAction, Runnable> handlers = new EnumMap<>(RequestAction.class);
    private final List<Button> buttons = new ArrayList<>();

    /** @param reload shows the request's state again after an action (or a refused one) */
    RequestActionBar(RequestService requests, RequestScreening screening, RequestDetails details, Runnable reload) {
        this.requests = requests;
        this.screening = screening;
        this.details = details;
        this.reload = reload;
        setId("actions");
        addClassName("action-bar");
        registerHandlers();
        for (RequestAction action : details.allowedActions()) {
            Runnable handler = handlers.get(action);
            if (handler != null) {
                add(button(action, handler));
            }
        }
        if (buttons.isEmpty()) {
            Span none = new Span(getTranslation("request.detail.no-actions"));
            none.setId("no-actions");
            none.addClassName("muted");
            add(none);
        }
    }

    private void registerHandlers() {
        long id = details.id();
        long version = details.version();
        handlers.put(RequestAction.EDIT, () -> RequestLinks.showEdit(id, false));
        handlers.put(RequestAction.SUBMIT, () -> perform(RequestAction.SUBMIT, null, () -> requests.submit(id, version)));
        handlers.put(RequestAction.WITHDRAW, () -> commentDialog(RequestAction.WITHDRAW, false,
                comment -> requests.withdraw(id, version, comment)));
        handlers.put(RequestAction.PASS_TO_DAM, () -> commentDialog(RequestAction.PASS_TO_DAM, false,
                comment -> requests.passToDam(id, version, comment)));
        handlers.put(RequestAction.RETURN, () -> commentDialog(RequestAction.RETURN, true,
                reason -> requests.returnToPartner(id, version, reason)));
        handlers.put(RequestAction.REJECT, () -> commentDialog(RequestAction.REJECT, true,
                reason -> requests.reject(id, version, reason)));
        handlers.put(RequestAction.FORWARD_TO_CLOUD_OPS, this::forwardDialog);
        handlers.put(RequestAction.ASK_MANAGER, () -> commentDialog(RequestAction.ASK_MANAGER, true,
                question -> requests.askManager(id, version, question)));
        handlers.put(RequestAction.PROVISION_AND_INVITE, this::provisionDialog);
        handlers.put(RequestAction.REQUEST_RESEND, () -> commentDialog(RequestAction.REQUEST_RESEND, false,
                comment -> requests.requestResend(id, version, comment)));
        handlers.put(RequestAction.RESEND_INVITATION, () -> confirmDialog(RequestAction.RESEND_INVITATION,
                () -> requests.resendInvitation(id, version)));
    }

    private Button button(RequestAction action, Runnable handler) {
        Button button = new Button(getTranslation(action.messageKey()));
        button.setId("action-" + action.name());
        // Disabled in the browser at the click, so a double click cannot act twice; usable again once the
        // dialog is open or the action is done (then the bar is usually rebuilt anyway).
        button.setDisableOnClick(true);
        button.addClickListener(event -> {
            try {
                handler.run();
            } finally {
                button.setEnabled(true);
            }
        });
        if (FORWARD_ACTIONS.contains(action)) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        if (DESTRUCTIVE_ACTIONS.contains(action)) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        buttons.add(button);
        return button;
    }

    private ActionDialog dialog(RequestAction action) {
        return new ActionDialog(getTranslation("request.dialog." + action.name() + ".title", details.reference()),
                getTranslation(action.messageKey()), DESTRUCTIVE_ACTIONS.contains(action));
    }

    /** A dialog with a reason/comment; {@code required} marks it (the service enforces it). */
    private void commentDialog(RequestAction action, boolean required, Function<String, RequestDetails> call) {
        ActionDialog dialog = dialog(action);
        dialog.text(getTranslation("request.dialog." + action.name() + ".text"));
        if (DESTRUCTIVE_ACTIONS.contains(action)) {
            dialog.warning(getTranslation("request.dialog.final"));
        }
        TextArea reason = dialog.reason(getTranslation("request.dialog." + action.name() + ".reason"), required);
        dialog.onConfirm(() -> perform(action, dialog, () -> call.apply(reason.getValue())));
        dialog.open();
    }

    private void confirmDialog(RequestAction action, Supplier<RequestDetails> call) {
        ActionDialog dialog = dialog(action);
        dialog.text(getTranslation("request.dialog." + action.name() + ".text", details.data().administrator().email()));
        dialog.onConfirm(() -> perform(action, dialog, call));
        dialog.open();
    }

    /** The CAM/DAM confirms completeness and the export-control data before the request reaches Cloud Ops. */
    private void forwardDialog() {
        RequestAction action = RequestAction.FORWARD_TO_CLOUD_OPS;
        ActionDialog dialog = dialog(action);
        dialog.text(getTranslation("request.dialog.FORWARD_TO_CLOUD_OPS.text"));
        RequestScreening.ForwardCheck check = screening.forwardCheck(details.id());
        if (check.undecidedMatches() > 0) {
            dialog.warning(getTranslation("screening.undecided-matches", check.undecidedMatches()));
        }
        check.reviewCountry().ifPresent(rule -> dialog.warning(getTranslation("screening.country-review",
                rule.country(), rule.legalReference())));
        Checkbox complete = dialog.check("check-complete", "dataComplete",
                getTranslation("request.dialog.FORWARD_TO_CLOUD_OPS.complete"));
        Checkbox export = dialog.check("check-export", "exportControlChecked",
                getTranslation("request.dialog.FORWARD_TO_CLOUD_OPS.export"));
        TextArea comment = dialog.reason(getTranslation("request.dialog.FORWARD_TO_CLOUD_OPS.reason"), false);
        dialog.onConfirm(() -> perform(action, dialog, () -> requests.forwardToCloudOps(details.id(),
                details.version(), new ForwardChecklist(complete.getValue(), export.getValue()), comment.getValue())));
        dialog.open();
    }

    /** Cloud Ops records the tenant it created; the invitation goes to the administrator named in the request. */
    private void provisionDialog() {
        RequestAction action = RequestAction.PROVISION_AND_INVITE;
        ActionDialog dialog = dialog(action);
        dialog.text(getTranslation("request.dialog.PROVISION_AND_INVITE.text", details.data().administrator().email()));
        TextField tenantId = dialog.tenantId(getTranslation("request.form.field.tenantId"));
        dialog.onConfirm(() -> perform(action, dialog,
                () -> requests.provisionAndInvite(details.id(), details.version(), tenantId.getValue())));
        dialog.open();
    }

    /**
     * Runs one action with the buttons disabled, then shows the outcome: success and the new state; "changed
     * meanwhile" and the current state; a field error at its dialog input; any other refusal as a message.
     */
    private void perform(RequestAction action, ActionDialog dialog, Supplier<RequestDetails> call) {
        buttons.forEach(button -> button.setEnabled(false));
        try {
            RequestDetails result = call.get();
            closeDialog(dialog);
            Notifications.success(getTranslation("request.detail.done." + action.name(), result.reference(),
                    getTranslation(result.status().messageKey())));
            reload.run();
        } catch (ConcurrentChangeException e) {
            closeDialog(dialog);
            Notifications.error(getTranslation("request.detail.changed-meanwhile"));
            reload.run();
        } catch (InvalidRequestException e) {
            // Only a submission is refused this way: the form marks every field that needs work.
            Notifications.error(e);
            RequestLinks.showEdit(details.id(), true);
        } catch (FieldValidationException e) {
            if (dialog == null || !dialog.showError(e)) {
                Notifications.error(e);
            }
        } catch (DomainException e) {
            Notifications.error(e);
        } finally {
            buttons.forEach(button -> button.setEnabled(true));
        }
    }

    private static void closeDialog(ActionDialog dialog) {
        if (dialog != null) {
            dialog.close();
        }
    }
}
