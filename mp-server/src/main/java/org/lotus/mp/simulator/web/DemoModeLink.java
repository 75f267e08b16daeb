package org.lotus.mp.simulator.web;

import org.lotus.mp.simulator.DemoMode;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** In demo mode the CMS menu links to the simulator. */
@ControllerAdvice(basePackages = "org.lotus.mp.cms")
@DemoMode.Only
class DemoModeLink {

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return true;
    }
}
