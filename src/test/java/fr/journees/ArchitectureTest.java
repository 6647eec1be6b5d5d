package fr.journees;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of STYLE.md: features apart, Vaadin only in views, services never reaching into views. */
@AnalyzeClasses(packages = "fr.journees", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule vaadin_is_used_only_in_views_and_the_ui_base = noClasses()
            .that().resideOutsideOfPackages("..ui..", "fr.journees.security")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
            .because("only views (and the security wiring of the login view) know about Vaadin");

    @ArchTest
    static final ArchRule services_and_repositories_do_not_use_views = noClasses()
            .that().resideOutsideOfPackage("..ui..")
            .and().resideOutsideOfPackage("fr.journees.security")
            .should().dependOnClassesThat().resideInAPackage("..ui..");

    @ArchTest
    static final ArchRule features_do_not_depend_on_each_other_in_cycles = slices()
            .matching("fr.journees.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule only_repositories_use_the_jooq_dsl = noClasses()
            .that().resideOutsideOfPackage("fr.journees.db..")
            .and().haveSimpleNameNotEndingWith("Repository")
            .should().dependOnClassesThat().haveFullyQualifiedName("org.jooq.DSLContext")
            .because("all SQL of a feature lives in its repository");

    @ArchTest
    static final ArchRule repositories_are_not_used_by_views = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
            .because("views go through the feature's service, which owns the transactions");

    @ArchTest
    static final ArchRule api_access_does_not_depend_on_the_web_api = noClasses()
            .that().resideInAPackage("fr.journees.apiaccess..")
            .should().dependOnClassesThat().resideInAPackage("fr.journees.api..")
            .because("the API's controllers and filters use the keys and origins, never the other way round");

    @ArchTest
    static final ArchRule every_route_states_who_may_open_it = classes()
            .that().areAnnotatedWith(com.vaadin.flow.router.Route.class)
            .should().beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
            .orShould().beAnnotatedWith(com.vaadin.flow.server.auth.AnonymousAllowed.class)
            .orShould().beAnnotatedWith(jakarta.annotation.security.PermitAll.class);

    /** The Vaadin components that carry English texts of their own unless given the user's language. */
    private static final List<Class<?>> WITH_TEXTS_OF_THEIR_OWN = List.of(
            com.vaadin.flow.component.datepicker.DatePicker.class,
            com.vaadin.flow.component.datetimepicker.DateTimePicker.class,
            com.vaadin.flow.component.timepicker.TimePicker.class,
            com.vaadin.flow.component.combobox.MultiSelectComboBox.class,
            com.vaadin.flow.component.upload.Upload.class,
            com.vaadin.flow.component.sidenav.SideNav.class,
            com.vaadin.flow.component.avatar.Avatar.class);

    @ArchTest
    static final ArchRule components_with_texts_of_their_own_are_built_in_the_users_language = noClasses()
            .that().doNotHaveFullyQualifiedName("fr.journees.base.ui.Localized")
            .should().callConstructorWhere(DescribedPredicate.describe("builds a date picker, an upload, a multi-select…",
                    (JavaConstructorCall call) -> WITH_TEXTS_OF_THEIR_OWN.stream()
                            .anyMatch(type -> call.getTargetOwner().isEquivalentTo(type))))
            .because("base/ui/Localized gives them French (or English) texts, weeks from Monday and jj/mm/aaaa");

    @ArchTest
    static final ArchRule every_confirmation_goes_through_confirm = noClasses()
            .that().doNotHaveFullyQualifiedName("fr.journees.base.ui.Confirm")
            .should().callConstructorWhere(DescribedPredicate.describe("builds a ConfirmDialog",
                    (JavaConstructorCall call) -> call.getTargetOwner()
                            .isEquivalentTo(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class)))
            .because("base/ui/Confirm places and names the buttons of every confirmation the same way");
}
