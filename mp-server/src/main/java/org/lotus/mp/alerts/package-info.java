/**
 * Peer-safety alerts: readers report dangerous clients and check a number through the account, moderators approve
 * what others may read; reporters stay pseudonyms and clients' numbers stay hashed and sealed.
 */
package org.lotus.mp.alerts;
