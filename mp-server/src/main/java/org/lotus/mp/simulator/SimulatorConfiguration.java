package org.lotus.mp.simulator;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Demo mode's wiring: the simulated account replaces the configured credentials. Absent outside demo mode. */
@Configuration(proxyBeanMethods = false)
@DemoMode.Only
class SimulatorConfiguration implements WebMvcConfigurer {

    /** The simulator page switches language with {@code ?lang=} as the CMS does. */
    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        registry.addInterceptor(interceptor).addPathPatterns("/simulator");
    }

    @Bean
    static DemoCredentials demoCredentials(Environment environment) {
        return new DemoCredentials(environment);
    }

    @Bean
    SimulatedAccount simulatedAccount(DemoCredentials credentials) {
        return credentials.account();
    }

    /**
     * The simulated WeChat API is WeChat's door, not ours: called by our own WeChat client with an access token and
     * by pages reading its images, without a session or CSRF token, like {@code /wx/**}.
     */
    @Bean
    @Order(2)
    SecurityFilterChain simulatedWechat(HttpSecurity http) throws Exception {
        return http.securityMatcher(SimulatedAccount.API_PATH + "/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .build();
    }
}
