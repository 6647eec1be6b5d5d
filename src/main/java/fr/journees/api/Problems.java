package fr.journees.api;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problems in the API's shape: a stable {@code code}, a {@code detail} in the client's language,
 * the same text in both languages under {@code messages}, and the refused fields under {@code errors}.
 */
@Component
class Problems {

    /** Problem types name, not locate: a URN stays true whatever address an instance is served at. */
    static final String TYPE_BASE = "urn:journees:probleme:";

    private final ApiMessages messages;
    private final JsonMapper json;

    Problems(ApiMessages messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    ProblemDetail of(HttpStatus status, String code, String messageKey, HttpServletRequest request,
                     List<FieldProblem> fields) {
        var locale = ApiMessages.language(request);
        var problem = ProblemDetail.forStatusAndDetail(status, messages.get(messageKey, locale));
        problem.setType(URI.create(TYPE_BASE + code.replace('_', '-')));
        problem.setTitle(messages.get("webapi.status." + status.value(), locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", code);
        problem.setProperty("messages", messages.both(messageKey));
        if (fields != null) {
            problem.setProperty("errors", fields);
        }
        return problem;
    }

    /** For the filters in front of Spring MVC (keys, rate limits), which answer by themselves. */
    void write(HttpServletResponse response, HttpServletRequest request, HttpStatus status, String code,
               String messageKey, Duration retryAfter) throws IOException {
        var problem = of(status, code, messageKey, request, null);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(HttpHeaders.CONTENT_LANGUAGE, ApiMessages.language(request).getLanguage());
        if (retryAfter != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds(retryAfter)));
        }
        json.writeValue(response.getOutputStream(), problem);
    }

    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
