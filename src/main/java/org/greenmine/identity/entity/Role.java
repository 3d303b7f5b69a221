package org.greenmine.identity.entity;

/** The portal's roles. The names are the security roles checked by the container. */
public enum Role {
  ADMIN,
  CURATOR,
  EXPERT,
  MEMBER
}
