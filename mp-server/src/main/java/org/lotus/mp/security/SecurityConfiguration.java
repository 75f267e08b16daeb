package org.lotus.mp.security;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import org.lotus.mp.LotusSettings;
import org.lotus.mp.staff.LoginAttempts;
import org.lotus.mp.staff.Role;
import org.lotus.mp.staff.StaffAccounts;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/** Three doors: the stateless JSON API, WeChat's callbacks, and the browser side (CMS, mobile pages, health). */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; media-src 'self' blob:; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /** bcrypt (through Spring's delegating encoder), with recently verified passwords remembered for the API. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new VerifiedPasswords(PasswordEncoderFactories.createDelegatingPasswordEncoder(), Clock.systemUTC());
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(Role.ADMIN.name())
                .implies(Role.EDITOR.name(), Role.MODERATOR.name())
                .build();
    }

    /** Forwarded headers are believed only from the configured proxies (LOTUS_TRUSTED_PROXIES), before security. */
    @Bean
    FilterRegistrationBean<ClientAddressFilter> clientAddressFilter(TrustedProxySettings settings) {
        var registration =
                new FilterRegistrationBean<>(new ClientAddressFilter(new ClientAddress(settings.trustedProxies())));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    /** Behind TLS the session cookie is only ever sent over HTTPS. */
    @Bean
    ServletContextInitializer secureSessionCookie(LotusSettings settings) {
        return servletContext -> {
            if (settings.publicBaseUrl().startsWith("https://")) {
                servletContext.getSessionCookieConfig().setSecure(true);
            }
        };
    }

    /**
     * HTTP Basic without a challenge: a browser that opens an API address is never asked for a password, so never
     * remembers one another site could ride on (ADR 0005); scripts send credentials unasked.
     */
    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, LoginAttempts attempts, StaffAccounts accounts, LotusSettings settings)
            throws Exception {
        return http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs/**", "/actuator/prometheus")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.realmName("Lotus")
                        .authenticationEntryPoint((request, response, e) -> JsonErrors.write(
                                response, HttpServletResponse.SC_UNAUTHORIZED, "authentication required")))
                .exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) ->
                        JsonErrors.write(response, HttpServletResponse.SC_FORBIDDEN, "forbidden")))
                .addFilterBefore(new CrossSiteApiFilter(settings.publicBaseUrl()), BasicAuthenticationFilter.class)
                .addFilterBefore(new LoginThrottleFilter(attempts), BasicAuthenticationFilter.class)
                .addFilterBefore(new AccountStateFilter(accounts, true), AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/prometheus")
                        .hasAnyRole(Role.ADMIN.name(), Role.METRICS.name())
                        .requestMatchers("/api/staff/**")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .build();
    }

    /**
     * WeChat's callbacks never reach this chain: the portal answers them first in the filter chain (ADR 0015). Any other
     * path under {@code /wx/} proves nothing either, and needs no session, security context, CSRF or headers.
     */
    @Bean
    @Order(2)
    SecurityFilterChain wechat(HttpSecurity http) throws Exception {
        return http.securityMatcher("/wx/**")
                .csrf(AbstractHttpConfigurer::disable)
                .headers(AbstractHttpConfigurer::disable)
                .sessionManagement(AbstractHttpConfigurer::disable)
                .securityContext(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .servletApi(AbstractHttpConfigurer::disable)
                .exceptionHandling(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain browser(HttpSecurity http, LoginAttempts attempts, StaffAccounts accounts) throws Exception {
        return http.headers(
                        headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .addFilterBefore(new LoginThrottleFilter(attempts), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(
                        new AbsoluteSessionTimeoutFilter(Duration.ofHours(12)),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new AccountStateFilter(accounts, false), AuthorizationFilter.class)
                .formLogin(form -> form.loginPage("/login")
                        .defaultSuccessUrl("/cms", false)
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .authorizeHttpRequests(auth -> auth.requestMatchers("/cms/staff/**", "/cms/audit/**", "/cms/lexicon/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers(
                                "/cms/articles/**",
                                "/cms/announcements/**",
                                "/cms/sections/**",
                                "/cms/replies/**",
                                "/cms/auto-replies/**",
                                "/cms/text-review/**",
                                "/cms/menu/**",
                                "/cms/partners/**")
                        .hasRole(Role.EDITOR.name())
                        .requestMatchers("/cms/comments/**", "/cms/alerts/**", "/cms/outreach/**", "/cms/outreach.csv")
                        .hasRole(Role.MODERATOR.name())
                        .requestMatchers(
                                "/login",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/m/**",
                                "/webjars/**",
                                "/assets/**",
                                "/error",
                                "/favicon.ico")
                        .permitAll()
                        .requestMatchers("/actuator/**")
                        .denyAll()
                        .anyRequest()
                        .authenticated())
                .build();
    }
}
