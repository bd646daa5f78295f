package com.activationdesk.api.web;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.activationdesk.base.i18n.TranslationProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problems in the caller's language (Accept-Language, de or en): a stable {@code type} per kind of
 * problem, a translated title and detail, and for field problems an {@code errors} list with the form's field
 * keys and message keys. Used by the exception handler and by the security filter, which answers before MVC.
 */
@Component
class ApiProblems {

    static final String TYPE_BASE = "https://activationdesk.example/problems/";
    static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

    private final MessageSource messages;
    private final JsonMapper json = JsonMapper.builder().build();

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** The caller's language: German when Accept-Language asks for it, else English. */
    static Locale locale(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? TranslationProvider.ENGLISH
                : TranslationProvider.supported(request.getLocale());
    }

    /**
     * @param type       the problem's stable name, e.g. {@code not-found}; its title is {@code api.problem.<type>}
     * @param detailKey  message key of the detail, or {@code null} for none
     */
    ProblemDetail problem(HttpServletRequest request, HttpStatus status, String type, String detailKey,
                          Object... arguments) {
        Locale locale = locale(request);
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(text("api.problem." + type, locale));
        if (detailKey != null) {
            problem.setDetail(text(detailKey, locale, arguments));
        }
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    /** A field problem as the {@code errors} list carries it: the form's field key, the message key, the text. */
    Map<String, Object> fieldError(HttpServletRequest request, String field, String messageKey, Object... arguments) {
        return Map.of("field", field == null ? "" : field, "code", messageKey,
                "message", text(messageKey, locale(request), arguments));
    }

    ProblemDetail withErrors(ProblemDetail problem, List<Map<String, Object>> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }

    /** Writes a problem outside MVC (the security filter). */
    void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            body.put("detail", problem.getDetail());
        }
        body.put("instance", String.valueOf(problem.getInstance()));
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.getWriter().write(json.writeValueAsString(body));
    }

    /** The message with its arguments; an argument that is itself a message key (an action's name) is translated. */
    String text(String key, Locale locale, Object... arguments) {
        Object[] resolved = Arrays.stream(arguments == null ? new Object[0] : arguments)
                .map(argument -> argument instanceof String code && code.contains(".")
                        ? messages.getMessage(code, null, code, locale) : argument)
                .toArray();
        return messages.getMessage(key, resolved, key, locale);
    }
}
