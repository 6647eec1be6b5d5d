package fr.journees.api;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/** Any other address under /api answers a JSON 404, not the back-office's HTML page. */
@RestController
@Hidden
class ApiFallbackController {

    @RequestMapping("/api/**")
    void unknown() {
        throw ApiProblem.notFound();
    }
}
