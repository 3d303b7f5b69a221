package org.greenmine.standards.control;

import org.greenmine.standards.entity.StandardComment;

/** Fired inside the transaction in which a curator resolved a comment on a draft standard. */
public record CommentResolved(
    long commentId,
    String author,
    String standardCode,
    String standardSlug,
    String titleZh,
    String titleEn,
    String clause,
    StandardComment.Disposition disposition,
    String reason) {}
