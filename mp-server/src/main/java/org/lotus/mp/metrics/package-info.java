/** What operators measure across instances: meters named in one place, served at {@code /actuator/prometheus}. */
package org.lotus.mp.metrics;
