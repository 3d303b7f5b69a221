/**
 * Associations (the tenants: national federation, provincial, city and county associations) and the
 * region hierarchy they belong to.
 */
package org.greenmine.association;
