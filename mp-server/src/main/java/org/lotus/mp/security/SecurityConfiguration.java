package org.lotus.mp.security;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import org.lotus.mp.staff.LoginAttempts;
import org.lotus.mp.staff.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
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

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, LoginAttempts attempts) throws Exception {
        return http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.realmName("Lotus").authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"Lotus\"");
                    writeError(response, HttpServletResponse.SC_UNAUTHORIZED, "authentication required");
                }))
                .exceptionHandling(ex -> ex.accessDeniedHandler(
                        (request, response, e) -> writeError(response, HttpServletResponse.SC_FORBIDDEN, "forbidden")))
                .addFilterBefore(new LoginThrottleFilter(attempts), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers("/api/staff/**")
                        .hasRole(Role.ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .build();
    }

    /**
     * WeChat's callbacks prove themselves by signature, in the portal: no session, security context, CSRF, headers or
     * authorisation filter is run for them (each costs CPU on the hottest path; docs/PERFORMANCE.md).
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
    SecurityFilterChain browser(HttpSecurity http, LoginAttempts attempts) throws Exception {
        return http.headers(
                        headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .addFilterBefore(new LoginThrottleFilter(attempts), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(
                        new AbsoluteSessionTimeoutFilter(Duration.ofHours(12)),
                        UsernamePasswordAuthenticationFilter.class)
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
                                "/v3/api-docs",
                                "/v3/api-docs/**",
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

    private static void writeError(HttpServletResponse response, int status, String message)
            throws java.io.IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("{\"status\":" + status + ",\"error\":\"" + message + "\"}");
    }
}
