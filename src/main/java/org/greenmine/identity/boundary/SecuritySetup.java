package org.greenmine.identity.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's security roles; the login itself is {@link PortalAuthentication}, registered by
 * {@link AuthenticationSetup}.
 */
@DeclareRoles({"ADMIN", "CURATOR", "EXPERT", "MEMBER"})
@ApplicationScoped
public class SecuritySetup {}
