/**
 * The append-only, hash-chained audit log that every feature writes to in its own transaction, and
 * the verification that finds the first altered or missing event.
 */
package org.greenmine.audit;
