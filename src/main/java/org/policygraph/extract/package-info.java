/** Text to entities and relations: gazetteer, rules, alias resolution, relation patterns. No JavaFX. */
package org.policygraph.extract;
