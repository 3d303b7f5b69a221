/** Case studies of advanced experience, with figures before and after, linked to technologies. */
package org.greenmine.cases;
