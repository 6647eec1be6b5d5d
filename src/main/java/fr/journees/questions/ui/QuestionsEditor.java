package fr.journees.questions.ui;

import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import fr.journees.base.ui.Choice;
import fr.journees.base.ui.Confirm;
import fr.journees.base.ui.Notifications;
import fr.journees.base.ui.UnsavedChanges;
import fr.journees.questions.Question;
import fr.journees.questions.QuestionDraft;
import fr.journees.questions.QuestionRefused;
import fr.journees.questions.QuestionService;
import fr.journees.questions.Questionnaire;

/**
 * The questions of a day's registration form (or of its survey): a list ordered by dragging a row or
 * with the up and down buttons, each edited in a dialog, and beside it the form as participants will
 * see it. Changes that would lose answers are refused with the reason, in the dialog.
 */
public class QuestionsEditor extends Section {

    private final long eventId;
    private final Questionnaire form;
    private final QuestionService questions;
    private final boolean editable;
    private final List<Choice> itineraries;
    private final List<Choice> workshops;
    private final Grid<Question> grid = new Grid<>();
    private final Div preview = new Div();
    private final Dialog dialog = new Dialog();
    private final QuestionForm questionForm;
    private Question dragged;

    public QuestionsEditor(long eventId, Questionnaire form, boolean editable, QuestionService questions,
                           List<Choice> itineraries, List<Choice> workshops, String titleKey, String helpKey) {
        this.eventId = eventId;
        this.form = form;
        this.questions = questions;
        this.editable = editable;
        this.itineraries = itineraries;
        this.workshops = workshops;
        var prefix = form == Questionnaire.SURVEY ? "survey-" : "";
        setId(prefix + "questions");
        addClassName("panel");
        add(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(helpKey)));
        questionForm = new QuestionForm(form, itineraries, workshops);
        questionForm.addSaveListener(e -> save(e.draft()));
        questionForm.addDeleteListener(e -> confirmDelete());
        var closeAsking = UnsavedChanges.guardForm(dialog, questionForm);
        questionForm.addCloseListener(e -> closeAsking.run());
        dialog.setId(prefix + "question-dialog");
        dialog.setWidth("48rem");
        dialog.add(questionForm);
        if (editable) {
            var create = new Button(getTranslation("question.add"), VaadinIcon.PLUS.create(), e -> openCreate());
            create.setId(prefix + "question-new");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(create);
        }
        grid();
        grid.setId(prefix + "questions-grid");
        preview.setId(prefix + "questions-preview");
        preview.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");
        var previewBox = new Div(new H3(getTranslation("question.formPreview")), preview);
        previewBox.addClassName("questions-preview");
        previewBox.getStyle().set("max-width", "36rem").set("margin-top", "var(--lumo-space-l)");
        add(grid, previewBox);
        refresh();
    }

    private void grid() {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(Question::position).setHeader("#").setKey("position").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(q -> q.labelFr()).setHeader(getTranslation("question.labelFr")).setKey("label").setFlexGrow(3);
        grid.addColumn(q -> getTranslation(q.type().labelKey())).setHeader(getTranslation("question.type"))
                .setKey("type").setFlexGrow(1);
        grid.addColumn(q -> (q.required() ? getTranslation("question.column.required") : "")
                        + (q.asked() ? "" : " " + getTranslation("question.column.retired")) + scope(q))
                .setHeader(getTranslation("question.column.rules")).setKey("rules").setFlexGrow(2);
        grid.addColumn(q -> questions.answered(q.id())).setHeader(getTranslation("question.column.answered"))
                .setKey("answered").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        if (editable) {
            grid.setRowsDraggable(true);
            grid.addDragStartListener(e -> {
                dragged = e.getDraggedItems().getFirst();
                grid.setDropMode(GridDropMode.BETWEEN);
            });
            grid.addDragEndListener(e -> {
                dragged = null;
                grid.setDropMode(null);
            });
            grid.addDropListener(e -> e.getDropTargetItem().ifPresent(target -> {
                if (dragged != null && !dragged.equals(target)) {
                    dropped(dragged, target, e.getDropLocation());
                }
            }));
        }
    }

    private void dropped(Question moved, Question target, GridDropLocation location) {
        var list = questions.questions(eventId, form);
        Long before = target.id();
        if (location == GridDropLocation.BELOW) {
            int at = list.stream().map(Question::id).toList().indexOf(target.id());
            before = at + 1 < list.size() ? list.get(at + 1).id() : null;
        }
        if (before != null && before == moved.id()) {
            return;
        }
        questions.moveBefore(moved.id(), before);
        refresh();
    }

    private String scope(Question q) {
        if (q.itineraryId() != null) {
            return " " + getTranslation("question.column.onlyFor", label(itineraries, q.itineraryId()));
        }
        if (q.workshopId() != null) {
            return " " + getTranslation("question.column.onlyFor", label(workshops, q.workshopId()));
        }
        return "";
    }

    private static String label(List<Choice> choices, long id) {
        return choices.stream().filter(c -> c.id() == id).map(Choice::label).findFirst().orElse("?");
    }

    private HorizontalLayout actions(Question q) {
        var up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(q, -1));
        up.setId("question-up-" + q.id());
        up.setAriaLabel(getTranslation("question.up", q.labelFr()));
        up.setTooltipText(getTranslation("question.up", q.labelFr()));
        var down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(q, 1));
        down.setId("question-down-" + q.id());
        down.setAriaLabel(getTranslation("question.down", q.labelFr()));
        down.setTooltipText(getTranslation("question.down", q.labelFr()));
        var edit = new Button(getTranslation("action.edit"), e -> openEdit(q));
        edit.setId("question-edit-" + q.id());
        for (var button : List.of(up, down, edit)) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            button.setEnabled(editable);
        }
        return new HorizontalLayout(up, down, edit);
    }

    private void move(Question q, int delta) {
        questions.move(q.id(), delta);
        refresh();
        // Keyboard users keep their place: the focus follows the question they moved.
        grid.getElement().executeJs("setTimeout(() => { const b = document.getElementById($0); if (b) b.focus(); })",
                (delta < 0 ? "question-up-" : "question-down-") + q.id());
    }

    private void refresh() {
        var all = questions.questions(eventId, form);
        grid.setItems(all);
        preview.removeAll();
        all.stream().filter(Question::asked)
                .forEach(q -> preview.add(QuestionPreview.of(q, getLocale().getLanguage(), key -> getTranslation(key))));
        if (all.isEmpty()) {
            var none = new Paragraph(getTranslation("question.none"));
            none.setId("questions-none");
            preview.add(none);
        }
    }

    private void openCreate() {
        dialog.setHeaderTitle(getTranslation("question.add"));
        questionForm.create();
        dialog.open();
    }

    private void openEdit(Question q) {
        dialog.setHeaderTitle(getTranslation("question.edit", q.labelFr()));
        questionForm.edit(q);
        dialog.open();
    }

    private void save(QuestionDraft draft) {
        if (!draft.isChoicesGiven()) {
            questionForm.showChoicesProblem(getTranslation("question.error.choicesNeeded"));
            return;
        }
        var editing = questionForm.editing();
        try {
            if (editing == null) {
                questions.add(eventId, form, draft);
            } else {
                questions.change(editing.id(), editing.version(), draft);
            }
        } catch (QuestionRefused refused) {
            questionForm.showProblem(getTranslation(refused.messageKey(), refused.arguments()));
            return;
        } catch (OptimisticLockingFailureException stale) {
            questionForm.showProblem(getTranslation("question.conflict"));
            return;
        }
        dialog.close();
        Notifications.success(getTranslation("question.saved", draft.labelFr()));
        refresh();
    }

    private void confirmDelete() {
        var q = questionForm.editing();
        Confirm.deletion(getTranslation("question.delete.title"), getTranslation("question.delete.text", q.labelFr()),
                () -> {
                    try {
                        questions.delete(q.id());
                        dialog.close();
                        Notifications.success(getTranslation("question.deleted", q.labelFr()));
                    } catch (QuestionRefused refused) {
                        questionForm.showProblem(getTranslation(refused.messageKey(), refused.arguments()));
                    }
                    refresh();
                });
    }
}
