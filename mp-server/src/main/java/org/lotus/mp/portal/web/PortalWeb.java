package org.lotus.mp.portal.web;

import org.lotus.mp.portal.Callbacks;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts the portal first in the filter chain, on its own path only. */
@Configuration(proxyBeanMethods = false)
class PortalWeb {

    @Bean
    FilterRegistrationBean<PortalEndpoint> portalEndpoint(Callbacks callbacks) {
        FilterRegistrationBean<PortalEndpoint> registration =
                new FilterRegistrationBean<>(new PortalEndpoint(callbacks));
        registration.addUrlPatterns(PortalEndpoint.PATH + "*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setName("wechatPortal");
        return registration;
    }
}
