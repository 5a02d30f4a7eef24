//! The standard English texts: the wording the engine writes when a rubric gives none of its
//! own. Each group's `Default` is its standard text, so a rubric that leaves out a group, or
//! any text in it, keeps these.

use super::texts::*;

fn t(text: &str) -> Template {
    Template::new(text)
}

fn p(one: &str, many: &str) -> Plural {
    Plural { one: one.to_string(), many: many.to_string() }
}

impl Default for Texts {
    fn default() -> Texts {
        Texts {
            words: Words::default(),
            nouns: Nouns::default(),
            verbs: Verbs::default(),
            numbers: ["", "one", "two", "three", "four", "five"].map(str::to_string).to_vec(),
            confidence: ConfidenceTexts::default(),
            findings: FindingTexts::default(),
            brief: BriefTexts::default(),
        }
    }
}

impl Default for Words {
    fn default() -> Words {
        Words {
            list_last: t("{rest} and {last}"),
            list_separator: t(", "),
            more: t("{n} more"),
            quoted: t("\u{201c}{name}\u{201d}"),
            range: t("{lo}\u{2013}{hi}"),
            months: t("{span} {unit}"),
            ms: t("{span} ms"),
        }
    }
}

impl Default for Nouns {
    fn default() -> Nouns {
        Nouns {
            service: p("service", "services"),
            module: p("module", "modules"),
            team: p("team", "teams"),
            month: p("month", "months"),
            hop: p("hop", "hops"),
            split_trigger: p("split trigger", "split triggers"),
            trigger: p("trigger", "triggers"),
            reason: p("reason", "reasons"),
            call_cycle: p("call cycle", "call cycles"),
            cluster: p("cluster", "clusters"),
            phase: p("phase", "phases"),
            signal: p("distributed-monolith signal", "distributed-monolith signals"),
            advice: p("piece of advice", "pieces of advice"),
            article: p("article", "articles"),
            point: p("point", "points"),
            engineer: p("engineer", "engineers"),
            unit: p("unit", "units"),
            independent_unit: p("independent unit", "independent units"),
            ops_person: p("operations person", "operations people"),
            part: p("part", "parts"),
            sync_dependency: p("synchronous dependency", "synchronous dependencies"),
        }
    }
}

impl Default for Verbs {
    fn default() -> Verbs {
        Verbs {
            holds: p("holds", "hold"),
            leans: p("leans", "lean"),
            differs: p("differs", "differ"),
            runs: p("runs", "run"),
            points: p("points", "point"),
            crosses: p("crosses", "cross"),
            of_them: p("of them", "of them"),
            it_them_all: p("it", "them all"),
            it_becomes: p("it becomes", "each becomes"),
        }
    }
}

impl Default for ConfidenceTexts {
    fn default() -> ConfidenceTexts {
        ConfidenceTexts { high: t("high"), medium: t("medium"), low: t("low") }
    }
}

impl Default for FindingTexts {
    fn default() -> FindingTexts {
        FindingTexts {
            checks_triggers: t("{triggers} {holds}"),
            checks_triggers_independent: t(
                "{triggers} {holds}, counting as {independent} independent",
            ),
            checks: t("{triggers}, and {reasons} not to break {holds}. {min} or more independent \
                       triggers justify a migration; a single one is answered inside the \
                       monolith or by isolating its part."),
            services_stay: t("Nothing to extract: the verdict keeps one deployable. If the \
                              question reopens, the organisation could run up to {ceiling}."),
            services_consolidate: t("{today} run today; keep {keep}{first}."),
            services_merge_first: t(", merging {name} first"),
            services_foundation: t("After the foundation, aim for {target}; nothing is \
                                    extracted before."),
            services_extract: t("Extract {first_wave}{first}; aim for {target} in the end, at \
                                 most {ceiling}."),
            services_first_named: t(" first ({name})"),
            services_first: t(" first"),
            domain_none: t("No domain map yet: add one for precise counts, named candidates and \
                            costs."),
            domain: t("{clusters}{chain}{cycles}{shared}."),
            domain_chain: t("; the longest synchronous chain has {hops}"),
            domain_cycles: t("; {cycles}"),
            domain_shared: t("; {modules} write shared tables"),
            clusters_one: t("{modules}"),
            clusters_free: t("{modules}, each free to move on its own"),
            clusters_tied: t("{modules} in {clusters}; {tied} modules that must move together"),
            clusters_tied_one: t("1 of them ties"),
            clusters_tied_many: t("{n} of them tie"),
            costs: t("{shape}: {latency} added on the busiest path, availability {availability} \
                      along it, {ops} operations people."),
            costs_if_split: t("If split"),
            costs_recommended: t("In the recommended shape"),
            plan: t("{summary} {months} in {phases}."),
            pitfalls_none: t("No distributed-monolith signal was found in the answers or the \
                              domain map."),
            pitfalls: t("{signals} found: {titles}."),
            sensitivity_none: t("No single change of answer gives another verdict."),
            sensitivity: t("The nearest change: {factor} from \u{201c}{from}\u{201d} to \
                            \u{201c}{to}\u{201d} would give \u{201c}{verdict}\u{201d}."),
            matrix: t("Of {dimensions} dimensions, {split} toward breaking up and {stay} toward \
                       staying one deployable."),
            quadrant: t("Need {need} and readiness {readiness} out of 100 place the team in \
                         \u{201c}{quadrant}\u{201d}. {explanation}"),
            verdict: t("{lead} Confidence is {level}, with {reasons} behind it."),
            advice_none: t("No stack advice for this verdict."),
            advice: t("{advice} for this verdict and stack."),
            sources: t("Every rule above names one of {articles}."),
        }
    }
}

impl Default for BriefTexts {
    fn default() -> BriefTexts {
        BriefTexts {
            decision_monolith: t("Stay one deployable and keep it simple: nothing presses hard \
                                  enough to pay for services."),
            decision_modular: t("Stay one deployable, with module boundaries that the build \
                                 enforces."),
            decision_selective: t("Keep a modular monolith and extract only {parts}."),
            decision_selective_unnamed: t("the one part that behaves differently"),
            decision_migration: t("Migrate in phases toward {target}{first}."),
            decision_migration_first: t(", starting with {name}"),
            decision_not_ready: t("Build the operational foundation first; then migrate toward \
                                   {target}."),
            decision_consolidate: t("Merge the services that move together: from {today} to \
                                     {target}."),
            services_stay: t("None to extract."),
            services_consolidate: t("{today} running today; keep {keep}."),
            services_foundation: t("None before the foundation; {target} after it."),
            services_extract: t("{first_wave} in the first wave{first}, {target} in the end."),
            services_first: t(" ({name})"),
            duration_one_end: t("{length}: from {start} to {end}."),
            duration_ends: t("{length}: from {start}, ending between {early} and {late}."),
            duration: t("{length}, from the month you start."),
            risk_pitfall: t("{title}: {what}."),
            risk_pitfall_modules: t("{title} ({modules}): {what}."),
            do_deploy_together: t("merge them, or break the cycle, first"),
            do_shared_writes: t("give that data one owner first"),
            do_deep_chain: t("flatten it before splitting along it"),
            do_transactions: t("plan sagas, or keep those operations in one service"),
            do_no_owner: t("name an owner before anything moves"),
            risk_blocker: t("{label}. {evidence}"),
            risk_none: t("No risk stands out in the answers."),
            flip: t("{factor} at \u{201c}{to}\u{201d} (now \u{201c}{from}\u{201d}) would give \
                     \u{201c}{verdict}\u{201d}."),
            confidence: t("{level}: {why}."),
            why_flip: t("one small change of answer would flip it"),
            why_close: t("the runner-up is close"),
            why_missing: t("some answers are missing"),
            why_high: t("complete answers and a clear lead"),
            why_modest: t("a modest lead over the runner-up"),
        }
    }
}
