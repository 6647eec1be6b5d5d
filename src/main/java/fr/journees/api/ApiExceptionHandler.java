package fr.journees.api;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import fr.journees.registration.RegistrationRejected;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.JacksonException;

/**
 * Every refusal of the API as an RFC 9457 problem ({@code application/problem+json}): a stable
 * {@code code} for programs, a {@code detail} in the client's language, and for 422 the refused fields.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private static final int RETRY_AFTER_AN_OUTAGE_SECONDS = 2;

    private final ApiMessages messages;
    private final Problems problems;

    ApiExceptionHandler(ApiMessages messages, Problems problems) {
        this.messages = messages;
        this.problems = problems;
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Object> problem(ApiProblem problem, HttpServletRequest request) {
        return answer(problem.status(), problem.code(), problem.messageKey(), request, null);
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<Object> invalid(InvalidInput invalid, HttpServletRequest request) {
        return answer(HttpStatus.UNPROCESSABLE_CONTENT, "invalid_input", "webapi.error.invalid", request,
                invalid.problems());
    }

    @ExceptionHandler(RegistrationRejected.class)
    ResponseEntity<Object> rejected(RegistrationRejected rejected, HttpServletRequest request) {
        var status = rejected.reason() == RegistrationRejected.Reason.NOT_FOUND ? HttpStatus.NOT_FOUND
                : HttpStatus.CONFLICT;
        return answer(status, code(rejected.reason()), "registration.error." + rejected.reason().name(), request,
                null);
    }

    @ExceptionHandler(TooManyRequests.class)
    ResponseEntity<Object> tooMany(TooManyRequests tooMany, HttpServletRequest request) {
        var answer = answer(HttpStatus.TOO_MANY_REQUESTS, "too_many_requests", "webapi.error.tooMany", request, null);
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(Problems.seconds(tooMany.retryAfter())))
                .body(answer.getBody());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> changedMeanwhile(OptimisticLockingFailureException e, HttpServletRequest request) {
        return answer(HttpStatus.CONFLICT, "changed_meanwhile", "webapi.error.changedMeanwhile", request, null);
    }

    /**
     * Whatever else went wrong is a 500 problem, logged: never the back-office's login page or an HTML error.
     * Except a database out of reach (its server died, a cluster node left, no connection came free): then a
     * 503 with Retry-After, as trying again shortly reaches another server or the same one back. What was being
     * written may or may not have been committed; a registration tried again then says so (already registered).
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        if (databaseOutOfReach(e)) {
            log.warn("Database out of reach on {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
            var answer = answer(HttpStatus.SERVICE_UNAVAILABLE, "database_unavailable", "webapi.error.unavailable",
                    request, null);
            return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_AN_OUTAGE_SECONDS)).body(answer.getBody());
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, "internal_error", "webapi.error.internal", request, null);
    }

    /** A body that is no JSON at all is a 400; a field of the wrong type is bad input on that field, a 422. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        var servlet = ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
        if (e.getCause() instanceof JacksonException json && !json.getPath().isEmpty()
                && json.getPath().getLast().getPropertyName() != null) {
            var field = json.getPath().getLast().getPropertyName();
            var locale = ApiMessages.language(servlet);
            var both = messages.both("webapi.violation.type");
            return answer(HttpStatus.UNPROCESSABLE_CONTENT, "invalid_input", "webapi.error.invalid", servlet,
                    List.of(new FieldProblem(field, "Type", both.get(locale.getLanguage()), both)));
        }
        return answer(HttpStatus.BAD_REQUEST, "unreadable_body", "webapi.error.unreadable", servlet, null);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getProperties() == null) {
            problem.setProperty("code", "http_" + status.value());
        }
        var problemHeaders = new HttpHeaders(headers);
        problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return new ResponseEntity<>(body, problemHeaders, status);
    }

    private ResponseEntity<Object> answer(HttpStatus status, String code, String messageKey,
                                          HttpServletRequest request, List<FieldProblem> fields) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.CONTENT_LANGUAGE, ApiMessages.language(request).getLanguage())
                .body(problems.of(status, code, messageKey, request, fields));
    }

    /** A lost or refused connection (SQLState class 08, as the driver reports a dead server), at any depth. */
    static boolean databaseOutOfReach(Throwable e) {
        for (var t = e; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
                    || t instanceof CannotCreateTransactionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    private static String code(RegistrationRejected.Reason reason) {
        return switch (reason) {
            case CLOSED -> "registration_closed";
            case ALREADY_REGISTERED -> "already_registered";
            case ITINERARY_FULL -> "itinerary_full";
            case WORKSHOP_FULL -> "workshop_full";
            case EVENT_FULL -> "event_full";
            case NOT_FOUND -> "not_found";
            case CANCELLED -> "registration_cancelled";
        };
    }
}
