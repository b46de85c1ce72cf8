/** picocli command line over the same services as the desktop app: extract, render, brief, bench. */
package org.policygraph.cli;
