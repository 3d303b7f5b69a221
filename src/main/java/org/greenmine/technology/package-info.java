/**
 * The green technology catalogue: categories, maturity, indicators and the evaluation items served.
 */
package org.greenmine.technology;
