package org.greenmine.content.control;

import org.greenmine.content.entity.DocumentKind;

/** Fired inside the transaction that changed an item; observers act after it commits. */
public record ContentChanged(long documentId, DocumentKind kind, boolean published) {}
