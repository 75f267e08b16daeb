package org.lotus.mp.simulator;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Demo mode is on when no WeChat AppID is configured ({@code WX_APPID}), or when forced with {@code LOTUS_DEMO};
 * {@code LOTUS_DEMO=false} keeps it off. Decided when beans are defined, so tests' own properties count.
 */
public final class DemoMode {

    private DemoMode() {}

    public static boolean isOn(Environment environment) {
        String forced = environment.getProperty("lotus.demo");
        if (forced != null && !forced.isBlank()) {
            return Boolean.parseBoolean(forced.strip());
        }
        String appid = environment.getProperty("wx.appid");
        return appid == null || appid.isBlank();
    }

    /** Marks a bean that exists only in demo mode: outside it, its pages and endpoints are simply absent (404). */
    @Target({ElementType.TYPE, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Conditional(OnDemoMode.class)
    public @interface Only {}

    static final class OnDemoMode implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return isOn(context.getEnvironment());
        }
    }
}
