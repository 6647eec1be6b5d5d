package fr.journees.api;

import org.springframework.http.HttpStatus;

/** page (from 0) and size (1 to 100) as a client asked for them, checked. */
record PageRequest(int page, int size) {

    static final int MAX_SIZE = 100;

    static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0 || s < 1 || s > MAX_SIZE || (long) p * s > Integer.MAX_VALUE) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "bad_page", "webapi.error.badPage");
        }
        return new PageRequest(p, s);
    }

    int offset() {
        return page * size;
    }
}
