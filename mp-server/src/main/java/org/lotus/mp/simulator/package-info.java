/**
 * Demo mode: without WeChat credentials, an in-process simulated WeChat (its API, its signed and encrypted pushes,
 * simulated readers) lets the whole product be seen, tried and tested offline.
 */
package org.lotus.mp.simulator;
