package fr.journees.api;

import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The API's last rule: an endpoint that no rule opened needs an organiser key (deny by default), while an
 * address that no endpoint serves reaches the JSON 404 of {@link ApiFallbackController} for anyone.
 */
final class UnmappedAddresses implements AuthorizationManager<RequestAuthorizationContext> {

    private final Supplier<RequestMappingHandlerMapping> mappings;

    UnmappedAddresses(Supplier<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
                                         RequestAuthorizationContext context) {
        boolean keyed = authentication.get().getAuthorities().stream()
                .anyMatch(a -> ApiKeyFilter.AUTHORITY.equals(a.getAuthority()));
        return new AuthorizationDecision(keyed || servedByFallback(context.getRequest()));
    }

    private boolean servedByFallback(HttpServletRequest request) {
        boolean parsedHere = !ServletRequestPathUtils.hasParsedRequestPath(request);
        if (parsedHere) {
            ServletRequestPathUtils.parseAndCache(request);
        }
        try {
            var chain = mappings.get().getHandler(request);
            return chain != null && chain.getHandler() instanceof HandlerMethod method
                    && method.getBeanType() == ApiFallbackController.class;
        } catch (Exception noHandler) {
            return false;
        } finally {
            if (parsedHere) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }
}
