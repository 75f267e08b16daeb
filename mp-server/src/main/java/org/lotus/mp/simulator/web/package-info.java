/** The simulated WeChat API, the simulator's JSON API and its phone-sized page. */
package org.lotus.mp.simulator.web;
