/**
 * Virtual outreach: staff log each woman contacted through the sites where she advertises (platform, city, day, her
 * number hashed and sealed) so nobody is messaged twice, and keep the resource messages they send.
 */
package org.lotus.mp.outreach;
