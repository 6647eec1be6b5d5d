package fr.journees.api;

import org.springframework.http.HttpStatus;

/** A refusal the API answers with a status, a stable code and a translated message key. */
class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String messageKey;

    ApiProblem(HttpStatus status, String code, String messageKey) {
        super(code);
        this.status = status;
        this.code = code;
        this.messageKey = messageKey;
    }

    static ApiProblem notFound() {
        return new ApiProblem(HttpStatus.NOT_FOUND, "not_found", "webapi.error.notFound");
    }

    HttpStatus status() {
        return status;
    }

    String code() {
        return code;
    }

    String messageKey() {
        return messageKey;
    }
}
