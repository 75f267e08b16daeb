package org.lotus.mp.mobile;

import java.util.Arrays;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/** Puts {@link ReaderErrorReportValve} in place of every error report valve of the host (after Spring Boot's own). */
@Component
class ReaderErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            var pipeline = context.getParent().getPipeline();
            Arrays.stream(pipeline.getValves())
                    .filter(ErrorReportValve.class::isInstance)
                    .forEach(pipeline::removeValve);
            Valve valve = new ReaderErrorReportValve();
            pipeline.addValve(valve);
            // The host adds its default report at start unless one of this class is already there.
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ReaderErrorReportValve.class.getName());
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
