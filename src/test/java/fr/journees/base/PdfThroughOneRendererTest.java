package fr.journees.base;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Every PDF goes through base/pdf/PdfRenderer, the one place that strips what XML cannot carry. */
@AnalyzeClasses(packages = "fr.journees", importOptions = ImportOption.DoNotIncludeTests.class)
class PdfThroughOneRendererTest {

    @ArchTest
    static final ArchRule only_the_pdf_renderer_uses_the_pdf_library = noClasses()
            .that().resideOutsideOfPackage("fr.journees.base.pdf")
            .should().dependOnClassesThat().resideInAnyPackage("com.openhtmltopdf..", "org.apache.pdfbox..")
            .because("a second rendering path skips the sanitising of PdfRenderer (issue 12, item 1)");
}
