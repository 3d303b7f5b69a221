/**
 * Atom feeds of what the portal publishes: new standards, technologies and cases, public comment
 * periods and final award lists, in Chinese or English, for feed readers and other portals.
 */
package org.greenmine.feeds;
