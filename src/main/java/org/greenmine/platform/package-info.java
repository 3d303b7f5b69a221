/**
 * What every feature stands on: configuration, the datasource and migrations, i18n, the page
 * template, error handling, security headers and health.
 */
package org.greenmine.platform;
