/**
 * The project's search port ({@code SearchIndex}, {@code SearchQuery}) and its Solr adapter; only
 * this feature knows SolrJ.
 */
package org.greenmine.search;
