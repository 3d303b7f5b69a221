/**
 * Saved searches: members keep a search of the search page and get a daily or weekly digest by mail
 * of what was published since the last one; every digest carries a link that unsubscribes without a
 * login.
 */
package org.greenmine.alerts;
