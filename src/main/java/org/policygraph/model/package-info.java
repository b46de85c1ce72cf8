/** Plain data of PolicyGraph: documents, entities, relations and their evidence. JDK only. */
package org.policygraph.model;
