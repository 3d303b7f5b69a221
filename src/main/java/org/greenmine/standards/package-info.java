/**
 * Group standards: numbers, the stages of the group-standard lifecycle, editions and what each
 * replaces, and the national, industry and local standards they refer to.
 */
package org.greenmine.standards;
