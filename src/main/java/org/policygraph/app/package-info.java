/** Start-up: decides between the desktop app and the command line, and wires services by hand. */
package org.policygraph.app;
