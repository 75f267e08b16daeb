package org.lotus.mp;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** In-process periodic work of an instance (lexicon refresh, spool replay); persistent jobs use db-scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SchedulingConfiguration {}
