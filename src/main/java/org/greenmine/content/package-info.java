/** The seed content in {@code content/}: Markdown files with front matter, loaded on start. */
package org.greenmine.content;
