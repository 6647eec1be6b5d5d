package fr.journees.base.web;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The Thymeleaf engine of the server-rendered public pages (templates under {@code templates/}), with the
 * application's messages. Deliberately outside Spring MVC's view resolution: a plain context never reaches
 * for the HTTP session (no CSRF token is added to forms behind our back), so an anonymous visit keeps none.
 */
@Component
public class PublicTemplates {

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    PublicTemplates(MessageSource messages) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
    }

    /**
     * The page, without the control characters a typed or pasted text may carry (escaped by Thymeleaf
     * but still invalid in HTML): tab, line feed and carriage return are the only ones kept.
     */
    public String render(String template, Locale locale, Map<String, ?> variables) {
        var context = new Context(locale);
        variables.forEach(context::setVariable);
        return CONTROLS.matcher(engine.process(template, context)).replaceAll("");
    }

    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");
}
