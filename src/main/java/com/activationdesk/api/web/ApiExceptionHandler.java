package com.activationdesk.api.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.activationdesk.base.domain.ConcurrentChangeException;
import com.activationdesk.base.domain.DomainException;
import com.activationdesk.base.domain.FieldValidationException;
import com.activationdesk.base.domain.NotFoundException;
import com.activationdesk.request.service.InvalidRequestException;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every failure of an API call as a problem (RFC 9457) in the caller's language; never a stack trace. The
 * service's refusals keep their message keys: a field problem names the form's field and its message key.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ApiProblems problems;

    ApiExceptionHandler(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApiException.class)
    ResponseEntity<ProblemDetail> api(ApiException e, HttpServletRequest request) {
        return respond(problems.problem(request, e.status(), e.type(), e.detailKey(), e.arguments()));
    }

    /** Unknown and out-of-scope ids alike (the service does not tell them apart either). */
    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) {
        return respond(problems.problem(request, HttpStatus.NOT_FOUND, "not-found", e.getMessageKey(), e.getArguments()));
    }

    /** The If-Match version is not the current one (or someone changed the request during the call). */
    @ExceptionHandler(ConcurrentChangeException.class)
    ResponseEntity<ProblemDetail> stale(ConcurrentChangeException e, HttpServletRequest request) {
        return respond(problems.problem(request, HttpStatus.PRECONDITION_FAILED, "stale-version",
                "api.problem.stale-version.detail"));
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException e, HttpServletRequest request) {
        List<Map<String, Object>> errors = e.getProblems().stream()
                .map(p -> problems.fieldError(request, p.field(), p.messageKey(), p.arguments())).toList();
        return respond(problems.withErrors(problems.problem(request, HttpStatus.UNPROCESSABLE_CONTENT,
                "invalid-fields", e.getMessageKey(), e.getArguments()), errors));
    }

    @ExceptionHandler(FieldValidationException.class)
    ResponseEntity<ProblemDetail> field(FieldValidationException e, HttpServletRequest request) {
        return respond(problems.withErrors(problems.problem(request, HttpStatus.UNPROCESSABLE_CONTENT,
                "invalid-fields", e.getMessageKey(), e.getArguments()),
                List.of(problems.fieldError(request, e.getField(), e.getMessageKey(), e.getArguments()))));
    }

    /** A move the workflow table does not allow now, or another business rule: the request's state conflicts. */
    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> conflict(DomainException e, HttpServletRequest request) {
        return respond(problems.problem(request, HttpStatus.CONFLICT, "not-allowed-now", e.getMessageKey(),
                e.getArguments()));
    }

    /** The token's role may not call this at all (method security), as the UI shows no such button. */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e, HttpServletRequest request) {
        return respond(problems.problem(request, HttpStatus.FORBIDDEN, "forbidden", "api.problem.forbidden.detail"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> parameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return respond(problems.problem(request, HttpStatus.BAD_REQUEST, "invalid-parameter",
                "api.problem.invalid-parameter.detail", e.getName()));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> header(MissingRequestHeaderException e, HttpServletRequest request) {
        return respond(problems.problem(request, HttpStatus.BAD_REQUEST, "invalid-parameter",
                "api.problem.invalid-parameter.detail", e.getHeaderName()));
    }

    /** Anything else: logged with a reference the caller can quote, answered without internals. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("API call {} {} failed (reference {})", request.getMethod(), request.getRequestURI(), reference, e);
        return respond(problems.problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "api.problem.internal-error.detail", reference));
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(ApiProblems.PROBLEM_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(problem);
    }
}
