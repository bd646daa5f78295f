package com.activationdesk.api.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads request bodies strictly, at most {@code activationdesk.api.max-body-bytes}: unknown properties, wrong
 * types (a number for a text, a text for a number) and malformed JSON are refused with a problem that names the
 * property or the position, instead of being guessed at.
 */
@Component
class JsonBodies {

    private final JsonMapper strict = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .withCoercionConfig(LogicalType.Textual, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfigDefaults(config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsNull))
            .build();
    private final long maxBytes;

    JsonBodies(ApiProperties properties) {
        this.maxBytes = properties.maxBodyBytes();
    }

    /** The body as {@code type}; an empty body is {@code null} only when {@code optional}. */
    <T> T read(HttpServletRequest request, Class<T> type, boolean optional) {
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes((int) maxBytes + 1);
        } catch (IOException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "malformed-body", "api.problem.malformed-body.unreadable");
        }
        if (body.length > maxBytes) {
            throw new ApiException(HttpStatus.CONTENT_TOO_LARGE, "body-too-large", "api.problem.body-too-large.detail",
                    maxBytes);
        }
        if (body.length == 0 || new String(body, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            if (optional) {
                return null;
            }
            throw new ApiException(HttpStatus.BAD_REQUEST, "malformed-body", "api.problem.malformed-body.empty");
        }
        try {
            return strict.readValue(body, type);
        } catch (UnrecognizedPropertyException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "malformed-body", "api.problem.malformed-body.unknown-field",
                    e.getPropertyName());
        } catch (MismatchedInputException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "malformed-body", "api.problem.malformed-body.wrong-type",
                    path(e));
        } catch (StreamReadException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "malformed-body", "api.problem.malformed-body.syntax",
                    e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr());
        } catch (JacksonException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "malformed-body", "api.problem.malformed-body.wrong-type",
                    path(e));
        }
    }

    private static String path(JacksonException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        return path.isEmpty() ? "(body)" : path;
    }
}
