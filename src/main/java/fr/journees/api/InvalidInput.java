package fr.journees.api;

import java.util.List;

/** Input the API refuses field by field (answered 422). */
class InvalidInput extends RuntimeException {

    private final List<FieldProblem> problems;

    InvalidInput(List<FieldProblem> problems) {
        super("Invalid input: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
