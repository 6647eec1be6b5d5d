package fr.journees.security;

import java.nio.charset.StandardCharsets;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The login form's password check, behind {@link LoginThrottle}: a locked e-mail or address is refused
 * before any password is compared, a failure is counted, a success clears the e-mail's failures.
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    /** BCrypt reads no further than 72 bytes: a longer password can never be the one that was set. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        var email = authentication.getName();
        var address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress()
                : null;
        var wait = throttle.lockedFor(email, address);
        if (wait.isPresent()) {
            throw new LoginThrottled(wait.get());
        }
        try {
            var credentials = authentication.getCredentials();
            if (credentials == null
                    || credentials.toString().getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
                throw new BadCredentialsException("Bad credentials");
            }
            var authenticated = passwords.authenticate(authentication);
            throttle.succeeded(email);
            return authenticated;
        } catch (BadCredentialsException e) {
            throttle.failed(email, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
