/**
 * Accounts, roles and login: salted PBKDF2 password hashes, a throttle against guessing, the first
 * administrator, account administration and password change.
 */
package org.greenmine.identity;
