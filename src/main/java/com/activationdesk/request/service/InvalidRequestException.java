package com.activationdesk.request.service;

import java.util.List;

import com.activationdesk.base.domain.DomainException;
import org.springframework.modulith.NamedInterface;


/** Submission refused: the blocking findings, so the form can mark every affected field at once. */
@NamedInterface("service")
public class InvalidRequestException extends DomainException {

    private final transient List<FieldProblem> problems;

    public InvalidRequestException(List<FieldProblem> problems) {
        super("request.error.invalid", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> getProblems() {
        return problems;
    }
}
