package org.greenmine.search.control;

/** The search engine answered but refused what was sent (a document it cannot take). */
public class DocumentRejected extends RuntimeException {
  public DocumentRejected(String message, Throwable cause) {
    super(message, cause);
  }
}
