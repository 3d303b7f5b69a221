/**
 * Mail to people about what concerns them: the mail outbox and its worker (SMTP or the server log),
 * the bilingual texts, the mails for selection and standards events, and the administrators' view.
 */
package org.greenmine.notify;
