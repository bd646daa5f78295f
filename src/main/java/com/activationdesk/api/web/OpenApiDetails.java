package com.activationdesk.api.web;

import java.util.LinkedHashMap;
import java.util.Map;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * What springdoc cannot see: the bodies (read strictly by {@link JsonBodies}, not bound by MVC), with an example,
 * and the problems each operation may answer, so every operation documents its error responses.
 */
@Component
class OpenApiDetails implements OpenApiCustomizer {

    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    /** Path suffix → body type; the longest matching suffix wins. */
    private static final Map<String, Class<?>> BODIES = new LinkedHashMap<>();
    private static final Map<Integer, String> ERRORS = new LinkedHashMap<>();

    static {
        BODIES.put("POST /api/v1/requests", RequestInput.class);
        BODIES.put("PUT /api/v1/requests/{id}", RequestInput.class);
        BODIES.put("POST /api/v1/requests/validate", RequestInput.class);
        BODIES.put("POST /api/v1/requests/{id}/resubmit", RequestInput.class);
        BODIES.put("POST /api/v1/requests/{id}/withdraw", ActionInputs.Comment.class);
        BODIES.put("POST /api/v1/requests/{id}/pass-to-dam", ActionInputs.Comment.class);
        BODIES.put("POST /api/v1/requests/{id}/request-resend", ActionInputs.Comment.class);
        BODIES.put("POST /api/v1/requests/{id}/return", ActionInputs.Reason.class);
        BODIES.put("POST /api/v1/requests/{id}/reject", ActionInputs.Reason.class);
        BODIES.put("POST /api/v1/requests/{id}/forward", ActionInputs.Forward.class);
        BODIES.put("POST /api/v1/requests/{id}/ask-manager", ActionInputs.Question.class);
        BODIES.put("POST /api/v1/requests/{id}/provision", ActionInputs.Provision.class);
        BODIES.put("POST /api/v1/webhooks", WebhooksController.Registration.class);

        ERRORS.put(400, "Malformed body, unknown field, wrong type or invalid parameter");
        ERRORS.put(401, "No valid API token (missing, unknown, revoked, expired)");
        ERRORS.put(403, "Read-only token on a change, or the token's role may not do this");
        ERRORS.put(404, "Unknown id, or outside the caller's data scope (indistinguishable)");
        ERRORS.put(429, "Rate limit of the token reached; see Retry-After");
    }

    private static final Map<Integer, String> WRITE_ERRORS = Map.of(
            409, "The workflow does not allow this move in the request's current status",
            412, "If-Match names an outdated version",
            413, "Body larger than the limit",
            422, "Field problems (errors[].field = the form's field key, errors[].code = its message key)",
            428, "If-Match missing");

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        ModelConverters converters = ModelConverters.getInstance();
        BODIES.values().forEach(type -> converters.readAll(type).forEach(openApi.getComponents()::addSchemas));
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            Class<?> body = BODIES.get(method.name() + " " + path);
            if (body != null) {
                operation.setRequestBody(new RequestBody().required(body == RequestInput.class
                        || body == WebhooksController.Registration.class || body == ActionInputs.Reason.class
                        || body == ActionInputs.Forward.class || body == ActionInputs.Question.class
                        || body == ActionInputs.Provision.class)
                        .content(new Content().addMediaType("application/json", new MediaType()
                                .schema(new Schema<>().$ref("#/components/schemas/" + body.getSimpleName()))
                                .example(example(body)))));
            }
            addErrors(operation, ERRORS);
            if (method != PathItem.HttpMethod.GET) {
                addErrors(operation, WRITE_ERRORS);
            }
        }));
    }

    private static void addErrors(Operation operation, Map<Integer, String> errors) {
        errors.forEach((status, description) -> operation.getResponses().putIfAbsent(Integer.toString(status),
                new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema().description("RFC 9457 problem, in the language of Accept-Language (de/en)")
                .addProperty("type", new StringSchema().example("https://activationdesk.example/problems/invalid-fields"))
                .addProperty("title", new StringSchema().example("Invalid data"))
                .addProperty("status", new IntegerSchema().example(422))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().example("/api/v1/requests/812/submit"))
                .addProperty("errors", new io.swagger.v3.oas.models.media.ArraySchema().items(new ObjectSchema()
                        .addProperty("field", new StringSchema().example("adminEmail"))
                        .addProperty("code", new StringSchema().example("validation.email"))
                        .addProperty("message", new StringSchema().example("Enter a valid e-mail address"))));
    }

    private static Object example(Class<?> body) {
        if (body == RequestInput.class) {
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("customerName", "Muster Logistik GmbH");
            form.put("street", "Hafenstraße 1");
            form.put("postalCode", "20457");
            form.put("city", "Hamburg");
            form.put("country", "DE");
            form.put("vatOrRegistrationNumber", "DE123456789");
            form.put("industry", "Logistics");
            form.put("intendedUse", "Cloud telephony for 40 office users");
            form.put("adminFirstName", "Erika");
            form.put("adminLastName", "Mustermann");
            form.put("adminEmail", "it@muster-logistik.example");
            form.put("adminPhone", "+4940123456");
            form.put("adminLanguage", "de");
            form.put("platform", "OPENSCAPE_BUSINESS");
            form.put("platformVersion", "V3R3");
            form.put("licensing", "SSL_SUBSCRIPTION");
            form.put("plannedUsers", 40);
            form.put("plannedRolloutDate", "2027-03-01");
            form.put("declarationNoUnifyVideo", true);
            form.put("declarationDataCorrect", true);
            return form;
        }
        if (body == ActionInputs.Forward.class) {
            return Map.of("dataComplete", true, "exportControlChecked", true, "comment", "Checked");
        }
        if (body == ActionInputs.Reason.class) {
            return Map.of("reason", "VAT number is missing a digit");
        }
        if (body == ActionInputs.Provision.class) {
            return Map.of("tenantId", "tenant-4711");
        }
        if (body == ActionInputs.Question.class) {
            return Map.of("question", "Which site gets the first users?");
        }
        if (body == WebhooksController.Registration.class) {
            return Map.of("url", "https://erp.partner.example/hooks/activation-desk", "secret",
                    "a-long-random-secret-of-yours", "eventTypes", java.util.List.of("request.submitted",
                            "request.returned", "invitation.sent", "request.activated"));
        }
        return Map.of("comment", "optional note");
    }
}
