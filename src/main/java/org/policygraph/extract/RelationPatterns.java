package org.policygraph.extract;

import java.util.regex.Pattern;

/** The phrases that state each relation type. Matched against the text between or around two mentions. */
final class RelationPatterns {
    private RelationPatterns() {
    }

    private static Pattern ci(String re) {
        return Pattern.compile(re, Pattern.CASE_INSENSITIVE);
    }

    static final String THE = "(?:the\\s+)?(?:U\\.S\\.\\s+|US\\s+)?";

    /** child ... parent; "is part of" itself is {@link PartOfPhrase}, which needs no backtracking */
    static final Pattern OVERSEEN_BY = ci("^\\s*,?\\s*(?:which is |that is |is |was )?(?:overseen|administered|supervised|managed) by\\s+" + THE + "$");
    /** parent ... child */
    static final Pattern INCLUDES = ci("^\\s*,?\\s*(?:which|that)?\\s*(?:includes|oversees|houses|comprises|contains|runs|created|established)\\s+" + THE + "$");

    static final Pattern MUTUAL = ci("^\\s*(?:are|were|have been|has been|is|had been|will be)?\\s*(?:now\\s+)?(?:working together|"
            + "cooperating|collaborating|partnering|jointly|teaming up|joining forces|in talks)");
    static final Pattern JOINT = ci("\\bjoint\\s+(?:[\\w-]+\\s+){0,2}?(?:operation|investigation|effort|task force|probe|sweep|initiative|team)\\s+"
            + "(?:by|of|between|involving|with)\\s+" + THE + "$");
    static final Pattern OBJECT_GAP = ci("^\\s*(?:(?:the|local|state|federal|foreign|international|law enforcement|police|authorities|"
            + "agencies|agency|counterparts|partners|officials|officers|in|from|of|its|their|several|other|other countries|countries|"
            + "organi[sz]ations|bodies|groups|entities|stakeholders|institutions|departments|governments|government|"
            + "such as|including|like|U\\.S\\.)\\s*)*$");
    static final Pattern LIST_GAP = ci("^(?:[’']s?(?:\\s+[a-z]+)?)?\\s*(?:,|,?\\s*and|,?\\s*or|,?\\s*as well as|,?\\s*plus|/)?\\s*(?:the\\s+)?(?:U\\.S\\.\\s+)?$");

    static final Pattern LED_BY = ci("^\\s*,?\\s*(?:which is |that is |which was |that was |is |was |are |were |being )?(?:led|headed|spearheaded|"
            + "directed|chaired|commanded|run|coordinated) by\\s+" + THE + "$");
    static final Pattern LEADS = ci("^\\s*,?\\s*(?:which |that |who )?(?:leads|led|heads|headed|chairs|chaired|directs|directed|"
            + "spearheads|spearheaded|runs|ran)\\s+" + THE + "$");
    static final Pattern X_LED = Pattern.compile("^-led\\b");
    static final Pattern CONDUCTED_BY = ci("^\\s*,?\\s*(?:which was |that was |was |were |is |being |had been )?(?:conducted|carried out|run|"
            + "launched|executed|organi[sz]ed|mounted|initiated|performed|undertaken|orchestrated|staged) by\\s+" + THE + "$");
    static final Pattern CONDUCTS = ci("^\\s*,?\\s*(?:has |have |had |which |that )?(?:conducted|launched|carried out|ran|run|executed|mounted|"
            + "initiated|organi[sz]ed|orchestrated|staged|began|started)\\s+(?:the\\s+|a\\s+|an\\s+|its\\s+)?(?:[\\w-]+\\s+){0,3}?$");
    static final Pattern KNOWN_AS = ci("\\b(?:known as|called|dubbed|named|code-?named|titled|referred to as)\\s+" + THE + "$");
    static final Pattern PROGRAM_NOUN = ci("^\\s*(?:[\\w-]+\\s+){0,2}?(?:initiative|program|programme|task force|team|unit|effort|operation|"
            + "campaign|strategy|partnership|investigation|probe|division|office|center|centre|squad|cell)\\b");

    static final Pattern MEMBER_TAIL = ci("\\b(?:of|for|at|with|from|on|joined|joins|heads|leads|directs|runs|inside|within)\\s+" + THE + "$");
    static final Pattern MEMBER_BLOCK = ci("\\b(?:said|says|told|tells|announced|according|reported|wrote|argued|warned|added|claimed)\\b");
    static final Pattern TITLE_BRIDGE = Pattern.compile("^(?:[’']s?)?\\s+(?:(?:[A-Z][\\w.-]*|acting|deputy|chief|former|senior|special|"
            + "assistant|executive|interim|regional|associate|public|affairs|in)\\s+){1,6}$");

    static final Pattern TESTIFY = ci("\\b(?:testif\\w*|witness\\w*|told the (?:panel|committee|subcommittee|caucus|lawmakers|senators)|"
            + "appeared before|gave the (?:committee|panel)|before the|briefed|hearing)\\b");
    static final Pattern CONSIDERS = ci("\\b(?:held an? hearings? (?:on|for|about|regarding)|hearings? on|consider\\w*|pass(?:ed|es|ing)?|approv\\w*|"
            + "advanc\\w*|marked up|review\\w*|debat\\w*|introduc\\w*|vot\\w* (?:on|for)|took up|sponsor\\w*|referred|unveil\\w*|drafted|weighing)\\b");
    static final Pattern AGENCY_TARGET_WEAK = ci("^(?:seiz\\w*|add\\w*|against)$");
    static final Pattern SUPPLY = ci("\\b(?:import\\w*|export\\w*|ship\\w*|smuggl\\w*|sourc\\w*|suppl\\w*|produc\\w*|manufactur\\w*|precursor\\w*|"
            + "originat\\w*|coming|come|comes|made|synthesi[sz]\\w*|sent|sends|traffick\\w*|flow\\w*|purchas\\w*|bought|obtain\\w*)\\b");
    static final Pattern SOURCE_PHRASE = ci("^\\s*,?\\s*(?:is|was|are|remains|as)\\s+(?:the|a|an)\\s+(?:main|primary|major|largest|leading|key|principal|top|chief)?\\s*"
            + "(?:source|supplier|producer|origin)s?\\s+of\\b");
    static final Pattern FROM_BEFORE = ci("\\bfrom\\s+(?:(?:[a-z-]+\\s+){1,3}(?:in|based in)\\s+)?" + THE + "$");
    static final Pattern INTO_BEFORE = ci("\\b(?:into|to|toward|towards|reach(?:ing|es)?)\\s+(?:the\\s+)?$");
    static final Pattern BASED_IN = ci("\\b(?:based|headquartered|located|operating|active|rooted|entrenched)\\s+(?:in|out of|across)\\s+");
    static final Pattern GROUP_NOUN = ci("^\\s*(?:drug\\s+|criminal\\s+|crime\\s+|trafficking\\s+|drug-trafficking\\s+|drug trafficking\\s+)*"
            + "(?:cartels?|gangs?|organi[sz]ations?|groups?|syndicates?|traffickers|mafias?|networks?|clans?)\\b");
    static final Pattern ENFORCES = ci("\\b(?:enforc\\w*|administer\\w*|implement\\w*|uphold\\w*|applies|apply|applying|invok\\w*|under the authority of)\\b");
    static final Pattern FUNDS = ci("\\b(?:fund\\w*|grants?|granted|financ\\w*|bankroll\\w*|allocat\\w*|appropriat\\w*|provid\\w* \\$|award\\w*)\\b");
    static final Pattern REGULATES = ci("\\b(?:requir\\w*|regulat\\w*|mandat\\w*|direct\\w*|compel\\w*|oblig\\w*|aims? to|would force|impos\\w*|"
            + "governs|restrict\\w*|tighten\\w*|oversight of|collected by)\\b");
    static final Pattern EMPOWERS = ci("\\b(?:gives?|gave|grants?|granted|authori[sz]\\w*|empower\\w*|allows?|allowed|enabl\\w*|permit\\w*|"
            + "expands? the (?:power|authority)|broaden\\w*)\\b");
}
