package org.greenmine.notify.entity;

/** Where a mail is: waiting (or being retried), handed to the mail server, or given up. */
public enum MailState {
  PENDING,
  SENT,
  FAILED
}
