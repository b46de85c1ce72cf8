package org.policygraph.graph.corrections;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.policygraph.graph.KnowledgeGraph;
import org.policygraph.model.Entity;
import org.policygraph.model.Relation;

/**
 * Applies corrections, in order, to a freshly (re-)extracted graph, matching entities by label or any alias
 * ({@link KnowledgeGraph#find}). Re-applying a set to a graph it was already applied to changes nothing, so the
 * set can be applied after every extraction or document added. A correction that no longer fits (its entity is
 * gone) is reported and skipped; it never stops the others.
 */
public final class CorrectionApplier {

    private CorrectionApplier() {
    }

    public static ApplyReport apply(KnowledgeGraph g, CorrectionSet set) {
        List<ApplyReport.Skipped> skipped = new ArrayList<>();
        int[] applied = {0};
        g.batch(() -> {
            int n = 0;
            for (Correction c : set.corrections()) {
                n++;
                Outcome o = applyOne(g, c);
                if (o.applied()) applied[0]++;
                if (o.problem() != null) skipped.add(new ApplyReport.Skipped(n, c, o.problem(), o.applied()));
            }
        });
        return new ApplyReport(applied[0], skipped);
    }

    /** Did it take effect (or already hold), and what could not be done. */
    private record Outcome(boolean applied, String problem) {
        static final Outcome DONE = new Outcome(true, null);

        static Outcome skip(String why) { return new Outcome(false, why); }
    }

    private static Outcome applyOne(KnowledgeGraph g, Correction c) {
        if (c instanceof Correction.Merge m) return merge(g, m);
        if (c instanceof Correction.AddEntity a) return addEntity(g, a);
        if (c instanceof Correction.AddRelation a) return addRelation(g, a);
        if (c instanceof Correction.DeleteRelation d) {
            return onRelation(g, d.source(), d.target(), d.type(), r -> g.removeRelation(r));
        }
        if (c instanceof Correction.RetypeRelation r) return retypeRelation(g, r);
        if (c instanceof Correction.RelationNote n) {
            return onRelation(g, n.source(), n.target(), n.type(), r -> g.setNote(r, n.note()));
        }
        String name = entityNamed(c);
        Entity e = g.find(name).orElse(null);
        if (e == null) return Outcome.skip(noEntity(name));
        if (c instanceof Correction.Rename r) {
            if (!e.label().equals(r.to())) g.rename(e, r.to());
        } else if (c instanceof Correction.Retype r) {
            g.retype(e, r.type());
        } else if (c instanceof Correction.AddAlias a) {
            Entity owner = g.find(a.alias()).orElse(e);
            if (owner != e) return Outcome.skip(quote(a.alias()) + " already names " + quote(owner.label()));
            g.addAlias(e, a.alias());
        } else if (c instanceof Correction.RemoveAlias a) {
            g.aliasNamed(e, a.alias()).ifPresent(x -> g.removeAlias(e, x));
        } else if (c instanceof Correction.SplitAlias s) {
            return split(g, e, s);
        } else if (c instanceof Correction.Delete) {
            g.removeEntity(e);
        } else if (c instanceof Correction.EntityNote n) {
            g.setNote(e, n.note());
        }
        return Outcome.DONE;
    }

    private static String entityNamed(Correction c) {
        if (c instanceof Correction.Rename r) return r.entity();
        if (c instanceof Correction.Retype r) return r.entity();
        if (c instanceof Correction.AddAlias a) return a.entity();
        if (c instanceof Correction.RemoveAlias a) return a.entity();
        if (c instanceof Correction.SplitAlias s) return s.entity();
        if (c instanceof Correction.Delete d) return d.entity();
        if (c instanceof Correction.EntityNote n) return n.entity();
        throw new IllegalArgumentException("not an entity correction: " + c);
    }

    private static Outcome merge(KnowledgeGraph g, Correction.Merge m) {
        Entity into = g.find(m.into()).orElse(null);
        if (into == null) return Outcome.skip(noEntity(m.into()));
        List<String> missing = new ArrayList<>();
        for (String name : m.from()) {
            Optional<Entity> from = g.find(name);
            if (from.isEmpty()) missing.add(quote(name));
            else if (from.get() != into) g.merge(into, from.get());
        }
        if (missing.isEmpty()) return Outcome.DONE;
        String why = "no entity named " + String.join(", ", missing);
        return new Outcome(missing.size() < m.from().size(), why);
    }

    private static Outcome split(KnowledgeGraph g, Entity e, Correction.SplitAlias s) {
        Optional<String> alias = g.aliasNamed(e, s.alias());
        if (alias.isPresent()) {
            g.splitAlias(e, alias.get());
            return Outcome.DONE;
        }
        Optional<Entity> already = g.find(s.alias());
        if (already.isPresent() && already.get() != e) return Outcome.DONE;
        return Outcome.skip(quote(e.label()) + " has no alias " + quote(s.alias()));
    }

    private static Outcome addEntity(KnowledgeGraph g, Correction.AddEntity a) {
        Entity e = g.find(a.label()).orElseGet(() -> g.addEntity(a.label(), a.type()));
        if (!e.type().equals(a.type())) g.retype(e, a.type());
        for (String alias : a.aliases()) g.addAlias(e, alias);
        return Outcome.DONE;
    }

    private static Outcome addRelation(KnowledgeGraph g, Correction.AddRelation a) {
        Entity s = g.find(a.source()).orElse(null);
        Entity t = g.find(a.target()).orElse(null);
        if (s == null || t == null) return Outcome.skip(noEntity(s == null ? a.source() : a.target()));
        if (s == t) return Outcome.skip(quote(a.source()) + " and " + quote(a.target()) + " are the same entity");
        Relation r = g.relate(s, t, a.type());
        g.setManual(r, true);
        if (a.note() != null) g.setNote(r, a.note());
        return Outcome.DONE;
    }

    private static Outcome retypeRelation(KnowledgeGraph g, Correction.RetypeRelation c) {
        Outcome done = onRelation(g, c.source(), c.target(), c.type(), old -> {
            Optional<Relation> existing = between(g, g.source(old), g.target(old), c.to());
            if (existing.isEmpty()) {
                g.retypeRelation(old, c.to());
                return;
            }
            // The corrected type is already there (re-extraction found both): fold the old edge into it.
            Relation keep = existing.get();
            old.evidence().forEach(ev -> g.addEvidence(keep, ev));
            if (old.manual()) g.setManual(keep, true);
            if (keep.note() == null && old.note() != null) g.setNote(keep, old.note());
            g.removeRelation(old);
        });
        if (done.applied()) return done;
        // Applied before (the old edge is gone, the corrected one is there): nothing to do.
        Entity s = g.find(c.source()).orElse(null);
        Entity t = g.find(c.target()).orElse(null);
        if (s != null && t != null && between(g, s, t, c.to()).isPresent()) return Outcome.DONE;
        return done;
    }

    private static Outcome onRelation(KnowledgeGraph g, String source, String target, String type,
            Consumer<Relation> action) {
        Entity s = g.find(source).orElse(null);
        Entity t = g.find(target).orElse(null);
        if (s == null || t == null) return Outcome.skip(noEntity(s == null ? source : target));
        Optional<Relation> r = between(g, s, t, type);
        if (r.isEmpty()) return Outcome.skip("no " + type + " relation between " + quote(s.label()) + " and " + quote(t.label()));
        action.accept(r.get());
        return Outcome.DONE;
    }

    /** The edge of a type between two entities, in either direction (users rarely know an edge's direction). */
    private static Optional<Relation> between(KnowledgeGraph g, Entity s, Entity t, String type) {
        return g.findRelation(s, t, type).or(() -> g.findRelation(t, s, type));
    }

    private static String noEntity(String name) {
        return "no entity named " + quote(name);
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }
}
