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
            words: Box::default(),
            nouns: Box::default(),
            verbs: Box::default(),
            numbers: [
                "", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            ]
            .map(str::to_string)
            .to_vec(),
            confidence: Box::default(),
            findings: Box::default(),
            brief: Box::default(),
            evaluation: Box::default(),
            services: Box::default(),
            verdict: Box::default(),
            pitfalls: Box::default(),
            assess: Box::default(),
            matrix: Box::default(),
            sensitivity: Box::default(),
            calendar: Box::default(),
            months: [
                "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
            ]
            .map(str::to_string)
            .to_vec(),
            labels: Box::default(),
            plan: Box::default(),
            checks: Box::default(),
            costs: Box::default(),
            domain: Box::default(),
            record: Box::default(),
            page: Box::default(),
            wizard: Box::default(),
            terms: Box::default(),
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
            dependency: p("dependency", "dependencies"),
            item: p("item", "items"),
            wave: p("wave", "waves"),
            extraction: p("extraction", "extractions"),
            network_hop: p("network hop", "network hops"),
            deployable: p("deployable", "deployables"),
            deployment_unit: p("deployment unit", "deployment units"),
            import: p("import", "imports"),
            code_unit: p("file or module", "files or modules"),
            participant: p("participant", "participants"),
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
            was: p("was", "were"),
            is: p("is", "are"),
            behaves_differently: p("behaves differently", "behave differently"),
            needs: p("needs", "need"),
            moves: p("moves", "move"),
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
            checks_estate: t("{triggers}, and {reasons} not to break {holds}. The triggers call \
                              for services, and services already run: what matters is how many \
                              of them earn their place."),
            services_stay: t("Nothing to extract: the verdict keeps one deployable. If the \
                              question reopens, the organisation could run up to {ceiling}."),
            services_stay_one: t("Nothing to extract: the verdict keeps one deployable. If \
                                  the question reopens, a single service beside it is the most \
                                  the organisation could run."),
            services_stay_stuck: t("Nothing to extract: the verdict keeps one deployable, and \
                                    no part of the domain map can leave the core."),
            services_consolidate: t("{today} run today; keep {keep}{first}."),
            services_merge_first: t(", merging {name} first"),
            services_keep: t("{today} run today; keep every one."),
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
            costs_kept: t("In the estate you run"),
            plan: t("{summary} {months} in {phases}."),
            pitfalls_none: t("No distributed-monolith signal was found."),
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
            risk_unanswered: t("{missing} not answered yet: defaults stand in for them, so \
                                answer them before acting on this verdict."),
            decision_monolith_beside: t("Keep the monolith and the {services} beside it as \
                                         they are, and extract nothing more: nothing presses \
                                         hard enough to pay for another service."),
            decision_modular_beside: t("Keep the monolith and the {services} beside it, \
                                        extract nothing more, and give the monolith module \
                                        boundaries that the build enforces."),
            decision_selective: t("Keep a modular monolith and extract only {parts}."),
            decision_selective_new: t("Build the first version as a modular monolith and deploy \
                                       only {parts} separately."),
            decision_selective_unnamed: t("the one part that behaves differently"),
            decision_migration: t("Migrate in phases toward {target}{first}."),
            decision_migration_first: t(", starting with {name}"),
            decision_not_ready: t("Build the foundation, then ask again: the pressures point \
                                   to {target}."),
            decision_consolidate: t("Merge the services that move together: from {today} to \
                                     {target}."),
            decision_keep: t("Keep the {today} you run: migrate nothing and merge nothing; \
                              look after their data, calls and owners."),
            services_stay: t("None to extract."),
            services_keep: t("{today} running today; keep every one."),
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
            do_deep_chain_estate: t("make the calls on it that need no answer asynchronous"),
            do_transactions: t("plan sagas, or keep those operations in one service"),
            do_no_owner: t("name an owner before anything moves"),
            risk_trigger: t("{label}. {evidence} Staying one deployable handles it inside; if it \
                             spreads or grows, it is the first reason to look again."),
            risk_none: t("No risk stands out in the answers."),
            flip: t("{factor} at \u{201c}{to}\u{201d} (now \u{201c}{from}\u{201d}) would give \
                     \u{201c}{verdict}\u{201d}."),
            confidence: t("{level}: {why}."),
            why_flip: t("one small change of answer would flip it"),
            why_close: t("the runner-up is close"),
            why_missing: t("some answers are missing"),
            why_high: t("complete answers and a clear lead"),
            why_modest: t("a modest lead over the runner-up"),
            why_capped: t("some answers disagree with each other, the counts are estimated \
                           without a map, or the parts to run apart are planned, not yet \
                           measured"),
        }
    }
}

impl Default for EvaluationTexts {
    fn default() -> EvaluationTexts {
        EvaluationTexts {
            caveat_missing: t("Not answered yet: {missing}. The verdict rests on fewer facts, so \
                               its confidence is lower."),
            missing_separator: t(", "),
            caveat_no_clear_winner: t("No clear winner: \u{201c}{verdict}\u{201d} leads \
                                       \u{201c}{runner_up}\u{201d} by only {margin}; read both \
                                       plans."),
            caveat_one_answer: t("One answer away from another verdict: with {factor} at \
                                  \u{201c}{to}\u{201d} instead of \u{201c}{from}\u{201d}, it \
                                  would be \u{201c}{verdict}\u{201d}. Check that answer before \
                                  acting on this one."),
            caveat_small_change: t("One small change of answer would give another verdict; \
                                    check the answers near a threshold before acting on this \
                                    one."),
            caveat_same_part: t("Without a domain map Seams cannot tell whether the triggers \
                                 about load, availability and release speed point at the same \
                                 part; if they do, they are one pressure, and extracting that \
                                 part may be enough. Add the map to find out."),
            caveat_ignored: t("{items} of the domain map could not be used and {was} left out; \
                               the domain analysis lists them."),
            caveat_no_map: t("Without a domain map, service counts and costs are estimates and \
                              no candidates are named."),
            caveat_nothing_moves: t("The answers point toward extracting services, but the \
                                     domain map leaves nothing that can move on its own (a \
                                     single module, or every cluster holds core modules); add \
                                     the map's modules in more detail."),
            caveat_tiny_teams: t("{teams} for {engineers} is fewer than three engineers a \
                                  team: the counts that follow the teams read them as teams \
                                  that each own a service. If they work as one team, answer \
                                  fewer teams."),
            caveat_all_core: t("Every module of the domain map is marked core, so nothing can \
                                leave it. Check those flags: a core that holds everything \
                                usually means the core is not drawn yet."),
            caveat_services_unknown: t("You run services today but did not say how many; say \
                                        how many to see whether some of them should merge."),
            caveat_services_map: t("You said {services} run today, but the domain map lists \
                                    {modules}; Seams reads the map's modules as the services."),
            caveat_apart_unmarked: t("You said {services} run beside the monolith, but no \
                                      module on the domain map is marked as already running \
                                      on its own. If some of them are on the map, mark them, so \
                                      that the plan does not name a running service as a part \
                                      to extract."),
            caveat_apart_more: t("The domain map marks {modules} as already running on their \
                                  own, but you said {services} run today; the counts use the \
                                  number you answered."),
            caveat_early_but_large: t("You answered that the product is still a prototype or \
                                       finding its market, but also that it serves ten million \
                                       requests a day or more, or has a hundred engineers or \
                                       more. The stage weighs toward staying: confirm it before \
                                       acting on this verdict."),
            caveat_greenfield: t("You answered that nothing is built yet, but also that the \
                                  product is growing or already serves a lot of traffic. The \
                                  plan assumes you build a modular monolith first; if a system \
                                  already runs, change the current architecture."),
            caveat_coarse_map: t("{teams} share a domain map of {modules}: with {target} \
                                  extracted, most teams stay on one deployable and keep waiting \
                                  on each other. Map the core in more detail before settling the \
                                  target."),
            caveat_teams: t("The domain map names {teams} as owners, more than the {answered} \
                             you answered; the service counts use your answer. If the map's \
                             owners are real teams, change the answer."),
            caveat_joint: t("{module} is owned jointly ({owner}): give it one owning team \
                             before it can become a service, or it has two teams' releases to \
                             wait for."),
            caveat_start_month: t("The plan's start month {month} is not 1\u{2013}12; it was \
                                   read as {read}."),
            caveat_ops_assumed: t("The operations headcount was not given; Seams assumed one \
                                   operations person per ten engineers."),
            caveat_stray: t("{from} makes {imports} of {to}, against {back} the other way: \
                             Seams reads it as a stray import, not a call cycle, so the two \
                             can leave apart. Move that import (or turn it into an event) \
                             before either leaves; until then it is one more synchronous call \
                             across their boundary."),
            caveat_stray_more: t("And {imports} more against a strong dependency the other way \
                                  {is} read as stray: the dependency matrix marks each as \
                                  weak."),
            conflict: t("You answered \u{201c}{label}\u{201d} for {dimension}, but {evidence}; \
                         {used}."),
            conflict_map_used: t("the map's evidence was used"),
            conflict_answer_kept: t("your answer was kept"),
            lead_consolidate: t("{today} run today; keep {keep} and merge the other {merged}. \
                                 Without consolidation the verdict would be {runner_up}."),
            lead_keep: t("All {today} are worth keeping; for a team still on one deployable, \
                          the same answers would give {runner_up}."),
            lead_less_than_a_point: t("less than 1 point"),
            lead: t("Leads {runner_up} by {by}."),
            lead_unclear: t("No clear winner: it leads {runner_up} by {by}."),
            lead_unclear_only: t("No clear winner: it leads {runner_up} by only {by}."),
            one_part: t("one part"),
            why_units: t("merged where they call each other in cycles or write the same \
                          tables, they form {units}"),
            why_owners: t("the teams can own about {services}"),
            why_operable: t("today's operations people can run about {services}"),
            why_nothing_differs: t("nothing in the answers presses for many services, and none \
                                    of them behaves differently from the rest"),
            why_unmapped_differs: t("nothing in the answers presses for many services, and \
                                     a map of the services would show which of them differ \
                                     from the rest"),
            why_some_differ: t("nothing in the answers presses for many services, and only \
                                {differ} from the rest"),
            why_separator: t("; "),
            reason_consolidate: t("{today} run today; only {keep} worth keeping. {why}."),
            reason_keep: t("{today} run today, and every one is worth keeping: the teams can \
                            own about {owners}{map}."),
            reason_keep_map: t(", and the domain map shows them as {units}"),
            reason_no_trigger: t("None of the five split triggers holds."),
            reason_one_pressure: t("{n} split triggers hold, but they all point at {part}: one \
                                    pressure, which isolating that part answers. It takes \
                                    {min} independent triggers to justify a migration."),
            reason_one_trigger_isolate: t("Exactly one split trigger holds ({trigger}): on its \
                                           own it does not justify a migration, and isolating \
                                           the part it concerns answers it."),
            reason_one_trigger: t("Exactly one split trigger holds ({trigger}): fix that issue \
                                   inside the monolith first."),
            reason_enough: t("{independent} independent split triggers hold at once; {min} or \
                              more together justify a migration."),
            reason_enough_ruled_out: t("{independent} independent split triggers hold, which \
                                        would justify a migration, but a migration {rule}."),
            reason_enough_estate: t("{independent} independent split triggers hold: they call \
                                     for services, and services already run."),
            reason_enough_outweighed: t("{independent} independent split triggers hold, but the \
                                         reasons not to break weigh more for now."),
            reason_triggers: t("{triggers} {holds}."),
            reason_check: t("{what}: {label}. {evidence}"),
            reason_trigger: t("Split trigger"),
            reason_blocker: t("Reason not to break"),
            reason_ready: t("Readiness is {readiness}/100, enough to run services (the line is \
                             {line})."),
            reason_ready_missing: t("Readiness is {readiness}/100, above the line of {line}, \
                                     but {missing} is still missing: the plan builds it before \
                                     any service goes live."),
            reason_not_ready: t("Readiness is {readiness}/100, below the {line} needed to run \
                                 services safely; a split now would add incidents."),
            reason_hot_spot: t("One part stands out{part} on {what}{map}: isolating that part \
                                alone can solve the problem without a full migration."),
            hot_spot_part: t(" ({name})"),
            on_the_map: t(", on the domain map"),
            reason_growth: t("The organisation and codebase are growing: enforced module \
                              boundaries keep one deployable workable for longer."),
            reason_small_and_early: t("A small or early team moves fastest with one codebase \
                                       and one deployable."),
        }
    }
}

impl Default for ServiceTexts {
    fn default() -> ServiceTexts {
        ServiceTexts {
            what_owners: t("Owning teams"),
            owners_ceiling: t("Every service needs a team that owns it; {teams} can own about \
                               {services} ({per_team} a team)."),
            teams_estimated: t("about {teams}, estimated from the number of engineers"),
            what_engineers: t("Engineers to know them"),
            engineers: t("Each service needs at least two engineers who know it well, so \
                          {engineers} can look after about {services}."),
            what_typical: t("A typical company"),
            typical: t("A company of this size usually settles on a small core surrounded by \
                        {lo} to {hi} services; past that, extra services seldom pay for the \
                        work of running them."),
            what_larger: t("Larger than a typical company"),
            larger: t("The usual {lo} to {hi} services around a small core describe a typical \
                       company; with {teams} the bounds follow the teams instead."),
            what_units: t("Modules and coupling clusters"),
            units: t("The map's {modules} make {units} that {moves} whole (a lone module, or \
                      a cluster that must move together); {extractable} can leave while the \
                      core stays."),
            units_running: t(" Left out: {modules} that already {runs} beside the monolith."),
            what_diverge: t("Modules that diverge"),
            diverge: t("{clusters} of the map {differs} from the rest in load, availability, \
                        cadence or resource needs{org}; the others gain nothing from moving."),
            diverge_org: t(", or belong to a team apart from the core"),
            what_per_team: t("One service per team"),
            per_team_map: t("Aim for no more services than teams ({teams}), so that service \
                             boundaries follow team boundaries."),
            per_team_estimate: t("Without a domain map, the estimate allows one service per \
                                  team ({teams})."),
            what_floor: t("Floor for a large, mature organisation"),
            floor: t("With {engineers} or more engineers on a stable product, fewer than {lo} \
                      services usually leaves teams queuing on one deployable."),
            what_stay: t("The verdict keeps one deployable"),
            stay: t("Nothing is extracted: the ceiling only shows how far the organisation \
                     could go if the question reopens."),
            what_parts: t("The parts that stand out"),
            parts: t("A selective extraction moves only the {parts} the split triggers and the \
                      hot spot point at; everything else stays in the modular monolith."),
            parts_unmapped: t("A selective extraction moves only the part that behaves \
                               differently; without a domain map Seams cannot tell whether \
                               there is more than one."),
            what_foundation: t("Foundation first"),
            foundation: t("Nothing should be extracted until the operational foundation is in \
                           place; the target is what to aim for afterwards."),
            what_one_first: t("One service first"),
            one_first: t("The strangler pattern extracts one service on its own first, so the \
                          team learns to run it before running more."),
            what_running: t("Services running today"),
            running: t("{services} run in production today."),
            what_stand_alone: t("Services that can stand alone"),
            stand_alone: t("Services that call each other in a cycle or write the same tables \
                            cannot ship on their own; merged, the map's services form \
                            {units}."),
            owners_target: t("Every service needs an owning team; {teams} can own about \
                              {services}."),
            owners_target_large: t("Every service needs an owning team; {teams} of about \
                                    {engineers} can keep about {services} running, one for \
                                    every {per} engineers."),
            what_ops: t("Operations capacity today"),
            ops: t("{ops} can run about {services} (ten services take three to six people)."),
            ops_estimated: t("About {people} (estimated from the engineers)"),
            what_differ: t("Only the parts that differ, or one per team"),
            differ: t("Nothing in the answers presses for many services: keep the ones that \
                       behave differently ({differ}), or one per team ({teams}), and merge the \
                       rest."),
            differ_unmapped: t("Nothing in the answers presses for many services: keep about \
                                one per team ({teams}) and merge the rest; a map of the \
                                services would show which of them behave differently."),
            hot: t("{module} carries about {ratio} times the median load, so it needs to scale \
                    on its own."),
            heavy: t("{module} is {resource}; on machines of its own it stops starving the \
                      rest."),
            availability: t("{module} needs {availability} availability where most of the \
                             system runs at {usual}."),
            cadence: t("{module} changes in production {cadence} where most of the system changes {usual}."),
            owned_apart: t("Owned by {teams}, apart from the core's teams, so it can ship on its \
                            own schedule."),
            owned_jointly: t("{module} is owned jointly ({owner}): give it one owning team \
                              before it moves, or the service waits on two teams' releases."),
            events_only: t("Only events cross its boundary: no synchronous calls and no shared \
                            tables, so it is easy to cut out."),
            no_dependency: t("No dependency crosses its boundary, so it is easy to cut out."),
            shares: t("It shares tables with {modules} (no module writes them from both sides): \
                       those reads need an interface or a copy of the data before it can \
                       move."),
            sync: t("{deps} {crosses} its boundary: {becomes} a network call to untangle or \
                     replace with an event."),
            sync_shares: t("{deps} {crosses} its boundary and it shares tables with {modules}: \
                            more to untangle first."),
            moves_together: t("Moves together with {modules}: {why}, so they are one unit."),
            why_cycle_and_tables: t("they call each other in a cycle and write the same \
                                     tables"),
            why_cycle: t("they call each other in a cycle"),
            why_tables: t("they write the same tables"),
            unowned: t("No owning team yet: name one before extracting it."),
            tie: t("Ranked ahead of equally suitable clusters only because sign-in, \
                    notifications and search have clear inputs and outputs, which makes them \
                    common first extractions."),
            stray: t("{from} makes only {imports} of {to}, against {back} the other way: a \
                      stray import, not a cycle that ties the two together. Move it, or turn it \
                      into an event, before they part."),
            merge_cycle: t("{modules} call each other synchronously in a cycle: they cannot be \
                            released apart."),
            merge_tables: t("{modules} write the same tables: no single service owns that \
                             data."),
            merge: t("Merge them into one service{owner}; it keeps their interfaces to the \
                      rest."),
            merge_owner: t(" owned by {team}"),
            merge_or_events: t("Weigh the other way out first: where the calls one way need \
                                no immediate answer, turn them into events, and the cycle \
                                breaks with {modules} still apart."),
            merge_orphans: t("Merged, it leaves {teams} with no service of their own: agree \
                              who owns the merged one, or break the tie instead."),
            selective_unnamed: t("The part that behaves differently: isolating it needs no \
                                  wider migration."),
            selective: t("The part the split {triggers} {point} at ({list}): isolating it \
                          answers {them} without a wider migration."),
            selective_unknown: t("Your answers say one part behaves differently, but the \
                                  domain map does not show which; {module} is the cluster that \
                                  is easiest to cut out, so it goes first if it is that part. \
                                  Mark the load, availability, cadence or resources of that \
                                  part on the map to be sure."),
            note_from_services: t("Counts are the services to reach in all, the {services} \
                                   running today among them; the new ones are split out of \
                                   those."),
            note_keep: t("Counts are services running in production: every one of today's is \
                          kept, within what the teams can own and operations can run."),
            note_consolidate: t("Counts are services running in production: today's, and how \
                                 many to keep once what moves together is merged."),
            note: t("Counts are services extracted from the monolith; the core that remains is \
                     not counted."),
            note_greenfield: t("Counts are services built apart from the first version; the \
                                first version itself is not counted."),
            note_beside: t(" {services} already {runs} beside the monolith: the counts leave \
                            what runs there out, and the costs include it. A module the map \
                            marks as already running on its own is one of them, never a \
                            candidate."),
            note_estimated: t(" Without a domain map these are estimates from the team's size; \
                               add the map for precise numbers and named candidates."),
            label_with: t("{name} (with {companions})"),
            companion_separator: t(", "),
        }
    }
}

impl Default for VerdictTexts {
    fn default() -> VerdictTexts {
        VerdictTexts {
            needs_triggers: t("needs {min} or more independent split triggers; {held}"),
            held_one_part: t("{triggers} hold, but they point at one part, so they count as one"),
            held_none: t("none holds"),
            held_one: t("one holds"),
            needs_engineers: t("needs {min} or more engineers to run many services; there are \
                                {engineers}"),
            needs_parts: t("needs two or more parts worth extracting; {stands}"),
            stands_one: t("only one stands out"),
            stands_none: t("none stands out"),
            stands_stuck: t("none can leave, since every cluster of the domain map holds a core \
                             module"),
            needs_trigger_or_part: t("needs a split trigger or one part that stands out; neither \
                                      holds"),
            needs_more_than: t("needs more than {max} engineers: a team of {engineers} runs one \
                                deployable best"),
            needs_part_that_leaves: t("needs a part that can leave the core; the domain map has \
                                       none (a single module, or every cluster holds core \
                                       modules)"),
            needs_readiness: t("needs readiness of {min} or more; it is {readiness}"),
            needs_system: t("needs a system to migrate from; nothing is built yet, so the first \
                             version starts as one deployable with its boundaries drawn"),
            consolidate_no_services: t("applies only when services already run"),
            consolidate_all_kept: t("applies only when some of today's services are not worth \
                                     keeping"),
            keep_not_all_services: t("applies only when everything already runs as services"),
            keep_some_merge: t("applies only when every service that runs today is worth \
                                keeping"),
            keep_more_needed: t("applies only when the answers call for fewer than twice the \
                                 services that run today"),
        }
    }
}

impl Default for PitfallTexts {
    fn default() -> PitfallTexts {
        PitfallTexts {
            chain: t("through {modules} ({path})"),
            path_separator: t(" \u{2192} "),
            cycle_separator: t(" \u{21c4} "),
            transactions_unmapped: t("no domain map yet, so the planned services' data is \
                                      unknown"),
        }
    }
}

impl Default for AssessTexts {
    fn default() -> AssessTexts {
        AssessTexts {
            engineers_zero: t("The number of engineers was 0; it was read as 1 (someone is \
                               answering)."),
            teams_zero: t("The number of teams was 0; it was read as 1."),
            more_teams: t("There are more teams ({teams}) than engineers ({engineers}); a team \
                           needs at least one person, so the service counts read {read}. Check \
                           these two answers."),
            services_ignored: t("You answered that {services} run in production, but also that \
                                 the system is one deployable; the services were left out. If \
                                 they run, answer \u{201c}a monolith with a few services\u{201d} \
                                 or \u{201c}microservices already\u{201d}."),
            unknown_option: t("The answer \"{answer}\" to \"{question}\" is not one of its \
                               options and was ignored."),
            unknown_factor: t("The rubric in use has no factor \"{factor}\"; that answer was \
                               ignored."),
            missing_engineers: t("number of engineers"),
            missing_teams: t("number of teams"),
            missing_stage: t("product stage"),
            missing_traffic: t("daily traffic"),
            missing_capabilities: t("operational capabilities"),
            missing_ops: t("operations headcount"),
        }
    }
}

impl Default for MatrixTexts {
    fn default() -> MatrixTexts {
        MatrixTexts {
            not_answered: t("Not answered yet"),
            readiness: t("Readiness {score}/100"),
            readiness_missing: t("Readiness {score}/100, without {missing}"),
            ops: t("{people} people on operations"),
            in_place: t("{capability}: in place"),
            not_in_place: t("{capability}: not in place"),
            from_map: t("{answer} (from the domain map)"),
        }
    }
}

impl Default for SensitivityTexts {
    fn default() -> SensitivityTexts {
        SensitivityTexts {
            not_answered: t("Not answered"),
            engineers: t("Engineers"),
            teams: t("Teams"),
            stage: t("Product stage"),
            traffic: t("Daily traffic"),
            readiness: t("Operational readiness"),
            ops: t("Operations headcount"),
        }
    }
}

impl Default for CalendarTexts {
    fn default() -> CalendarTexts {
        CalendarTexts { date: t("{month} {year}") }
    }
}

impl Default for LabelTexts {
    fn default() -> LabelTexts {
        LabelTexts {
            arch_greenfield: t("Nothing built yet"),
            arch_greenfield_hint: t("You are choosing before the first line of code."),
            arch_monolith: t("A monolith"),
            arch_monolith_hint: t("One deployable, without enforced internal boundaries."),
            arch_modular: t("A modular monolith"),
            arch_modular_hint: t("One deployable whose modules have enforced boundaries."),
            arch_some_services: t("A monolith with a few services"),
            arch_some_services_hint: t("Some parts already run as separate services."),
            arch_microservices: t("Microservices already"),
            arch_microservices_hint: t(
                "Many services run in production; little or no monolith remains.",
            ),
            stack_python: t("Python"),
            stack_python_hint: t("Advice names Python frameworks and tools."),
            stack_other: t("Another stack"),
            stack_other_hint: t("Advice stays independent of language."),
            tolerant: t("99%"),
            standard: t("99.9%"),
            high: t("99.95%"),
            critical: t("99.99%"),
            daily: t("daily"),
            weekly: t("weekly"),
            monthly: t("monthly"),
            quarterly: t("quarterly"),
            balanced: t("balanced"),
            cpu_heavy: t("CPU-heavy"),
            memory_heavy: t("memory-heavy"),
            io_bound: t("I/O-bound"),
            status_holds: t("holds"),
            status_does_not_hold: t("does not hold"),
            status_unknown: t("unknown"),
            position_stay: t("stay"),
            position_leaning_stay: t("leaning stay"),
            position_middle: t("in between"),
            position_leaning_split: t("leaning split"),
            position_split: t("split"),
            position_unknown: t("not answered"),
        }
    }
}

impl Default for PlanTexts {
    fn default() -> PlanTexts {
        PlanTexts {
            first_service: t("the first service"),
            risk_low_readiness: t("Readiness is low: the services will page people more often \
                                   than the monolith did until the foundation is complete."),
            risk_missing: t("Essential capabilities are missing ({missing}): nothing goes live \
                             before they are in place."),
            risk_interfaces: t("Not in place yet: {missing}. Every extracted service publishes \
                                an interface the rest calls, and without them a change breaks \
                                its callers unnoticed. Put them in before the second service."),
            risk_events: t("Only events cross the boundaries of the services to extract, so the \
                            risk moves into the events: a schema changed without a version, or \
                            a consumer that falls behind unnoticed. Version every event and \
                            alert on consumer lag."),
            risk_hub: t("{n} of the {services} to extract call {hub} synchronously: each of \
                         them will be slow or down whenever it is, and wait for its releases. \
                         Give {hub} a versioned interface, and let the callers keep a cache or \
                         an event-fed copy of what they read."),
            risk_hub_all: t("All {services} to extract call {hub} synchronously: each of them \
                             will be slow or down whenever it is, and wait for its releases. \
                             Give {hub} a versioned interface, and let the callers keep a cache \
                             or an event-fed copy of what they read."),
            risk_unmapped: t("Without a domain map, which parts become the {services} is still \
                              open: the first phase decides it, and a wrong first pick costs a \
                              quarter. Draw the map before the extraction starts."),
            risk_small_team: t("With {engineers} (fewer than {min}), each service's pipeline, \
                                contract and on-call take a real share of the team's time: \
                                extract nothing beyond what the triggers point at."),
            risk_finding_fit: t("The domain is still moving: a boundary drawn now may need \
                                 redrawing, so keep the extracted part's interface small."),
            risk_no_bottleneck: t("No bottleneck has been measured: measure before and after \
                                   the extraction, so it proves its worth."),
            risk_single_cadence_part: t("Everything ships together today: release {service} on \
                                         its own schedule from the start, or it will keep \
                                         shipping with the monolith."),
            new_service: t("the new service"),
            risk_single_cadence: t("Everything ships together today: unless the teams start \
                                    releasing on their own, the services will still deploy \
                                    together."),
            ops_growth: t("{ops} can run about {operable}; grow operations to about {people} \
                           people before the services beyond the {nth} go live."),
            ops_short: t("{today} run today, and {ops} can carry about {operable}: grow \
                          operations to about {people} people, or hand more of \
                          the running to the owning teams, before adding any service."),
            ops_short_kept: t("{ops} can carry about {operable}, fewer than the {today} worth \
                               keeping: grow operations to about {people} people, or hand more \
                               of the running to the owning teams."),
            ops_short_running: t("{ops} already run {running}, far more than the {operable} the \
                                  usual three to six people for ten services would give them, so \
                                  the owning teams carry much of the running today: after the \
                                  merge, keep it that way for the {today} kept, or grow \
                                  operations to about {people} people."),
            risk_busy_no_on_call: t("{traffic} and nobody on call: an outage waits until \
                                     someone happens to notice it. Set up the rota first."),
            ops_first: t("first"),
            risk_critical_no_on_call: t("{modules} {needs} {target} availability, a few \
                                         minutes of downtime a month, and nobody is on call: \
                                         set up a rota before relying on that target, or agree \
                                         a looser one."),
            risk_strict_stays: t("{modules} {needs} {target} availability and {is} staying \
                                  in the monolith: every release of the monolith is held to \
                                  that target, whatever leaves it. Ship it in small steps \
                                  behind a canary, with a rollback in minutes."),
            one_owner_first: t("Give {module} one owning team before it moves: today \
                                {owner} share it."),
            ops_growth_none: t("{ops} cannot carry a service of their own yet: grow operations \
                                to about {people} people before the first one goes live."),
            ordinal_1: t("{n}st"),
            ordinal_2: t("{n}nd"),
            ordinal_3: t("{n}rd"),
            ordinal: t("{n}th"),
            flatten: t("The chain {path} runs through parts this plan extracts: flatten it \
                        before they leave, or every hop becomes a network call."),
            flatten_crossing: t("Before the move, turn the call {call} into an event or a \
                                 local copy: it is where the chain {path} crosses a new \
                                 boundary."),
            greenfield_design: t("Nothing is built yet: design the bounded contexts and build \
                                  the first version as a modular monolith, one module per \
                                  context ({unit}), each with a small interface."),
            greenfield_order: t("Decide the extraction order from the contexts' load, \
                                 availability and release speed, and keep the core domain in \
                                 the monolith."),
            next_extraction: t("Next extraction: {service}"),
            data_split_each: t("Give each of {parts} a store of its own, seeded by a planned \
                                sync; switch each one's writes over, then remove the monolith's \
                                direct reads of its tables."),
            data_split_each_exit: t("Each of {parts} is the only writer of its data."),
            services_discovery: t("Map the services as they run, and inside each one the parts \
                                   that different teams change, release or scale apart; agree \
                                   which part leaves which service first."),
            services_discovery_exit: t("Every running service has an owner, and the parts to \
                                        split out of it are named in order."),
            services_split: t("Split {service} out of the service that holds it: write its \
                               contract, run it beside that service, move its callers over a \
                               share at a time, then remove the old path."),
            services_split_exit: t("{service} takes all its traffic, and the service it came \
                                    from no longer holds its code."),
            services_data: t("Give each new service its own tables; the service it came from \
                              stops reading or writing them, and asks for the data instead."),
            services_data_exit: t("No two services write the same tables."),
            greenfield_apart: t("Design {part} apart from the start: a written contract \
                                 (OpenAPI, protobuf or event schemas), separate tables, and no \
                                 synchronous call back into the rest on the busy path."),
            greenfield_phase: t("Build {service} as a service"),
            greenfield_design_phase: t("Design the bounded contexts"),
            greenfield_settle: t("Settle the first release"),
            greenfield_settle_tune: t(
                "Measure the busiest paths under real traffic and tune them.",
            ),
            greenfield_settle_runbooks: t(
                "Write runbooks and alerts from what the first weeks in \
                                           production show.",
            ),
            greenfield_settle_exit: t("Error budgets hold through the first weeks in \
                                       production, and incidents are handled from runbooks."),
            greenfield_modules_phase: t("Module boundaries from the start"),
            greenfield_order_phase: t("Build the first version in order"),
            greenfield_simple: t("Nothing is built yet: start it as one deployable, and keep \
                                  it that way until one of the listed thresholds is crossed."),
            greenfield_build_risk: t("{part} is sized before anyone has measured its load: \
                                      measure it in the first release, and fold it back in if \
                                      it turns out ordinary."),
            greenfield_design_risk: t("Boundaries drawn before the first users arrive are \
                                       guesses: expect to move one or two once real usage \
                                       shows where the seams are."),
            greenfield_build: t("Build {part} as a service of its own beside the first version, \
                                 behind its contract and with its own tables; give it its own \
                                 pipeline, logs and alerts before it takes traffic."),
            greenfield_built: t("{part} serves its own traffic, released on its own, with \
                                 its own alerts."),
            modular_check: t("The codebase is already modular: check that the module \
                              boundaries still match the bounded contexts, and close the gaps."),
            modular_list: t("List each module's data, callers and owner, and confirm the \
                             extraction order."),
            pick_first: t("Pick a part that is isolated and painful; sign-in and notifications \
                           are common first choices because their inputs and outputs are \
                           clear. Never the core domain."),
            infra_first: t("This comes first: the missing capabilities must be in place before \
                            anything is extracted."),
            waves: t("Wave 1 was the first extraction, on its own; the {waves} after it {runs} \
                      up to {extractions} side by side, one per team."),
            waves_widening: t("Wave 1 was the first extraction, on its own; the waves after it \
                               start with {first} side by side and widen to {extractions} as \
                               each proves the way, one per team."),
            wave: t("Wave {n}: {services}{side}."),
            side_by_side_counted: t(" side by side"),
            side_by_side_named: t(", side by side"),
            extracted_services: t("the extracted services"),
            starting_with: t(", starting with {name}"),
            summary_migration: t("A phased migration with the strangler pattern toward \
                                  {services} around a small core{first}."),
            summary_split_services: t("Split the {today} running today, one at a time, \
                                       toward {services}{first}."),
            note_migration: t("Real migrations take 12 to 24 months. Here the phases run \
                               strictly one after another, so the upper figure is cautious: \
                               teams often overlap database work with the last waves."),
            part_unnamed: t("the part that behaves differently"),
            selective_boundary: t("Draw only the boundary of {part}: the code, the tables and \
                                   the callers that belong there."),
            selective_check_module: t("Check that the module interface of {part} covers every \
                                       caller, and that no other module reads or writes its \
                                       tables."),
            selective_interface: t("Give {part} a small interface inside the monolith first \
                                    ({unit}), so the extraction moves code instead of \
                                    rewriting it."),
            selective_rest_phase: t("The rest of the monolith gets its module boundaries in a \
                                     phase of its own, below."),
            selective_rest_keeps: t("The rest of the monolith keeps its shape for now."),
            selective_exit_new: t("The bounded contexts are written down, and the contract and \
                                   tables of {part} stand apart from the rest."),
            selective_exit: t("The boundary of {part} is written down (code, tables, callers), \
                               and the rest of the monolith reaches it only through its \
                               interface."),
            selective_infra: t("Only what one more deployable needs; no mesh or orchestrator."),
            selective_same_steps: t("The same steps as the first part, once it runs on its own."),
            selective_switch: t("Add the switch that moves traffic to it a percentage at a \
                                 time; at this size a simple feature flag is enough."),
            extracted_part: t("the extracted part"),
            own_tables: t("No other module shares its tables, so only its own tables move."),
            replace_reads_of: t("Where {part} reads the tables of {modules}, replace those \
                                 reads with calls to their interfaces, or with a copy kept up to \
                                 date by events."),
            reliability_waits: t("{service} leaves for a stricter availability target yet \
                                  waits on the rest through {calls}: it can be no more \
                                  available than they are."),
            reliability_decouple: t("Before {service} moves, turn the calls it makes that need \
                                     no immediate answer into events, and keep a local copy of \
                                     what it reads, so that its target does not depend on the \
                                     monolith's."),
            exit_delivery: t("Every change to the monolith goes through the pipeline with its \
                              tests, and nobody deploys by hand."),
            exit_logs: t("The logs of every process can be searched in one place."),
            containers_phase: t("Container images"),
            exit_containers: t("The pipeline ships one container image that runs the same in \
                                every environment."),
            exit_tracing: t("A request can be traced end to end across the monolith and every \
                             service."),
            exit_on_call: t("Someone is on call for every production component."),
            stuck_risk: t("{modules}, where the split triggers point, {is} tied to the core by \
                           {tie}: the services this plan extracts do not answer those triggers \
                           until that tie is broken."),
            tie_cycle: t("a synchronous cycle"),
            tie_tables: t("shared written tables"),
            tie_either: t("a synchronous cycle or shared written tables"),
            stuck_untie_cycle: t("Untie {modules} from the core first: turn the calls in the \
                                  cycle that need no immediate answer into events, and call the \
                                  rest through interfaces, so that the part the triggers point at \
                                  can leave."),
            stuck_untie_tables: t("Untie {modules} from the core first: give each table it \
                                   shares with the core one writer, and have the other side \
                                   call that owner or follow its events, so that the part the \
                                   triggers point at can leave."),
            stuck_untie: t("Untie {modules} from the core first: turn the calls in the cycle \
                            that need no immediate answer into events, call the rest through \
                            interfaces, and give each shared table one writer, so that the part \
                            the triggers point at can leave."),
            data_per_wave: t("This runs beside the extraction, one wave behind it: each \
                              wave's services take their tables over once their code has \
                              moved, and the tables still shared after the last wave are split \
                              last."),
            data_split_many: t("Move their data"),
            events_contract: t("First write the contract of the events {service} consumes and \
                                publishes (event schemas, with their versions)."),
            events_shadow: t("Run {service} beside the monolith on a copy of its events, and \
                              compare what it produces with what the monolith's handler \
                              produces."),
            events_switch: t("Once the results match, move the events over to {service} and \
                              switch the monolith's handler off; nothing routes requests to it, \
                              so no traffic switch is needed."),
            events_reads: t("Let {service} keep reading the monolith's database for now."),
            events_done: t("{service} handles all its events and the monolith's handler is \
                            switched off."),
            replace_reads: t("Replace its reads of the tables of {modules} with calls to their \
                              interfaces, or with a copy kept up to date by events."),
            transactions: t("Some operations must commit across areas: before its writes move, \
                             replace the transactions that span it and its callers with a saga \
                             or an outbox, or keep those operations on one side."),
            rest_alongside: t("The teams that do not own the extracted part do this alongside \
                               the extraction, from its first month; it adds to the plan's \
                               length only where it outlasts it."),
            note_same_part: t("The {n} split triggers all point at {part}, so extracting it \
                               answers them; stop after it unless a trigger appears that points \
                               at another part."),
            one_part: t("one part"),
            note_small_team: t("With {engineers} a migration would cost more than it saves: \
                                extract only {parts}, and look again once the team passes {min} \
                                engineers."),
            this_part: t("this part"),
            these_parts: t("these parts"),
            note_one_extraction: t("One extraction is a far shorter undertaking than a \
                                    migration; stop after it unless a second, independent \
                                    trigger appears."),
            what_unnamed: t("only the one part that behaves differently"),
            what_named: t("only {parts}"),
            summary_selective: t("Keep a modular monolith and extract {what}."),
            summary_selective_new: t("Build the first version as a modular monolith and deploy \
                                      {what} separately."),
            grow_ops: t("Grow operations to at least {people} people: services need more hands \
                         than one deployable."),
            modules_alongside: t("Runs alongside the foundation work, by the teams that do not \
                                  build it; the plan lists it here because its phases are shown \
                                  one after another."),
            risk_foundation_missing: t("Essential capabilities are missing ({missing}): \
                                        extracting anything before they are in place \
                                        multiplies incidents."),
            summary_foundation: t("Build the operational foundation first, then answer again."),
            note_foundation: t("The verdict is expected to change once the foundation is in \
                                place; the migration toward {services} comes after that."),
            inside_hot_part: t("the part that stands out"),
            inside_busy_part: t("the busy part"),
            inside_critical_part: t("the critical path"),
            inside_fast_part: t("the fast area"),
            inside_hot_spot: t("Give {part} room inside the monolith: separate worker \
                                processes or queues, from the same codebase, scaled on their \
                                own."),
            inside_org_size: t("Give each team a module it owns, with its own reviewers, so \
                                teams stop stepping on each other's changes."),
            inside_scaling: t("Scale {part} inside the monolith first: run more copies of \
                               the same code behind its own route or queue."),
            inside_reliability: t("Protect {part} inside the monolith: separate worker \
                                   pools and database connections, and more careful releases."),
            inside_tech: t("Run the workload that needs another runtime as a separate process \
                            only if nothing in the current runtime can do it."),
            inside_cadence: t("Give {part} a release schedule apart inside the monolith: \
                               feature flags and a release train that does not wait for the slow \
                               areas."),
            stay_break_cycle: t("Break the cycle between {modules}: let one side reach the \
                                 other through an interface or events it owns, so that each can \
                                 change without the other."),
            stay_cycle_services: t("{modules} call each other synchronously in a cycle. Where \
                                    one of them already runs as a service, they are one release \
                                    unit spread over several deployables: fold it back into the \
                                    monolith as a module, or let the other side read from a copy \
                                    kept current by events."),
            stay_own_data: t("{modules} write the same tables: for each table pick the one module that owns it, and have the others write through that module's interface or its events."),
            stay_own_data_exit: t("No two modules write the same tables."),
            stay_modular_check: t("The codebase is already modular: check that the boundaries \
                                   still match the business areas, and close the gaps."),
            review_fit: t("While the product is still finding its market, answer these \
                           questions again when its main areas stop changing shape; the month \
                           shown here is the first look, not a deadline."),
            review_changes: t("Check the changes listed below; one reached is a reason to look \
                               again, two are a reason to plan."),
            review_estate: t("Every six months, set the estate against its limits: {today} \
                              run today, and these teams can own about {ceiling}. A service \
                              beyond that needs another owning team first."),
            review_estate_signals: t("Look again before the review when two services start to \
                                      ship together, or a second service starts writing a \
                                      table another one owns."),
            summary_modular: t("Stay one deployable, with module boundaries that hold."),
            summary_stay: t("Stay one deployable and keep it simple."),
            summary_modular_beside: t("Keep the monolith and what runs beside it ({services}) \
                                       as they are, extract no more, and give the monolith \
                                       module boundaries that hold."),
            summary_stay_beside: t("Keep the monolith and what runs beside it ({services}) as \
                                    they are, keep the code in order, and extract no more."),
            note_stay: t("The review repeats every six months; the changes listed are the \
                          signals to look again sooner."),
            merge_unnamed: t("the services that always deploy together or write the same \
                              tables"),
            merge_unnamed_extra: t("Go from {today} to about {keep}: the map of the first phase \
                                    shows which ones merge."),
            each_group: t("each group"),
            merge_into_one: t("{modules} into one"),
            round: t("Round {n}: {merges}."),
            round_separator: t("; "),
            fold_rest: t("Then fold the remaining {services} into the same deployable: nothing \
                          in the answers calls for more than one."),
            merge_more: t("Then merge {services} more into their closest neighbours, down to \
                           {keep}: the teams and operations people cannot own and run more."),
            keep_modules: t("Keep each former service as a module with its own interface inside \
                             the deployable it joins, so the boundaries that made sense survive \
                             the merge."),
            one_deployable: t("One deployable again: keep the former services apart as modules, \
                               checked by the build."),
            risk_consolidate_missing: t("Services run today without {missing}: every incident \
                                         is harder to find until they are in place."),
            summary_consolidate: t("Merge what moves together: from {today} running today to \
                                    {keep} worth keeping."),
            note_consolidate: t("Merging is quicker than extracting: the code already has \
                                 interfaces, and the work is mostly removing the network between \
                                 parts that never needed it."),
            summary_keep: t("Keep the {today} that run today and look after them: one owner \
                             for each piece of data, short call chains, and a review that adds \
                             a service only where a team needs one."),
            note_keep: t("Nothing moves: the phases are care of the estate, and most of them can \
                          run beside product work."),
            unit_python: t("a Django app or a Python package"),
            unit: t("a module or package"),
            when_one: t("month {month}"),
            when_months: t("months {first}\u{2013}{last}"),
            when_ranges: t("from month {start}, ending in month {end}"),
            dates_span: t("{start} \u{2013} {end}"),
            dates_between: t("{early} to {late}"),
            dates_ranges: t("starts {start}; ends {end}"),
        }
    }
}

impl Default for CheckTexts {
    fn default() -> CheckTexts {
        CheckTexts {
            concerns: t(" On the domain map it concerns {modules}."),
            same_part: t(" {triggers} {point} at the same part, so they count as one pressure."),
            not_answered: t("Not answered yet."),
            engineers_org: t("{engineers}; this trigger starts at {at}."),
            engineers_small: t("{engineers}; the line is drawn at {at}."),
            engineers: t("{engineers}."),
            stage: t("Product stage: {stage}."),
            factor: t("You answered \u{201c}{answer}\u{201d} for {question}."),
            readiness_complete: t("Readiness {score}/100, with every essential capability in \
                                   place."),
            readiness_missing: t("Readiness {score}/100; essential but missing: {missing}."),
            missing_separator: t(", "),
            hot_load: t("On the domain map, \u{201c}{module}\u{201d} carries about {ratio} times \
                         the median load."),
            even_load: t("On the domain map, no module carries more than the median load."),
            busiest_apart: t("On the domain map, the busiest part, \u{201c}{module}\u{201d}, already runs on its own; the modules still in the monolith are not far apart in load."),
            heavy_apart: t("On the domain map, the heavy part, \u{201c}{module}\u{201d}, already runs on its own; nothing in the monolith starves the rest."),
            availability_spread: t("The domain map mixes availability targets from {low} to \
                                    {high}."),
            one_availability: t("Every module on the domain map shares one availability target \
                                 ({target})."),
            cadence_spread: t("The domain map has modules shipping {fast} next to modules \
                               shipping {slow}."),
            one_cadence: t("Every module on the domain map ships {cadence}."),
            heavy: t("On the domain map, \u{201c}{module}\u{201d} is {resource}, unlike most \
                      modules."),
        }
    }
}

impl Default for CostTexts {
    fn default() -> CostTexts {
        CostTexts {
            per_hop: t("{latency} per hop"),
            same_either_way: t("No change."),
            mono_latency: t("In-process calls: microseconds."),
            mono_availability: t("One deployable: one availability target."),
            mono_infrastructure: t("One deployment unit."),
            mono_observability: t("Basic application monitoring (APM)."),
            ops: t("{people} engineers."),
            mono_debugging: t("One stack trace shows the whole path."),
            mono_schema: t("Coordinated in code, in one migration."),
            latency_estimated: t("About {hops} on a typical request (assumed: no domain map): \
                                  {latency} added, at {per_hop}."),
            latency_no_chain: t("The domain map has no synchronous chain: no network hop is \
                                 added to a request."),
            latency_no_crossing: t("No synchronous call crosses the new boundaries: no network \
                                    hop is added. Split module by module, the longest chain \
                                    ({hops}) would add {latency}."),
            latency: t("{hops} on the busiest synchronous path {crosses} the boundaries: about \
                        {latency} added, at {per_hop}."),
            latency_all_split: t(" Split module by module, the longest chain ({hops}) would add \
                                  {latency}."),
            availability_estimated: t("About {deployables} on a typical request must all be up \
                                       (assumed): {percent} when their targets are multiplied."),
            availability_one: t("The path runs in one deployable: {percent}, its own target."),
            availability: t("{deployables} on that path must all be up: {percent} when their \
                             targets are multiplied."),
            availability_below: t(" That is below the {target} a module on it needs: make those \
                                   calls asynchronous, or give the path fallbacks."),
            infrastructure_core: t("{units} (the core plus {services}){mesh}."),
            infrastructure_monolith: t("{units} (the monolith and {services}){mesh}."),
            mesh_plus: t(", plus a gateway or service mesh between them"),
            infrastructure: t("{units}{mesh}."),
            mesh_with: t(", with a gateway or service mesh between them"),
            observability_one: t("Tracing across the one new boundary, with central logs and \
                                  metrics."),
            observability: t("Distributed tracing across every service, with central logs and \
                              metrics."),
            debugging: t("Logs and traces must be correlated across services."),
            schema: t("Negotiated through versioned API contracts between services."),
            category_latency: t("Latency between parts"),
            category_availability: t("Availability of a request"),
            category_infrastructure: t("Infrastructure"),
            category_observability: t("Observability"),
            category_ops: t("Operations headcount"),
            category_debugging: t("Debugging"),
            category_schema: t("Schema changes"),
            column_today: t("Today: {services}"),
            column_kept: t("Kept: {services}"),
            basis_consolidate: t("The left-hand column is the estate as it runs today; the \
                                  right-hand column the shape to keep: {services}."),
            basis_keep: t("The right-hand column is the estate you keep, {services} as they \
                           run today; the left-hand column the same code as one deployable, for \
                           comparison."),
            detail_kept: t("{services} kept of {today} running today"),
            column_if_split: t("If split into {services}"),
            basis_stay: t("Your verdict keeps one deployable. The right-hand column shows what \
                           splitting into {services} would cost, for comparison."),
            column_foundation: t("After the foundation"),
            basis_foundation: t("The right-hand column shows the {services} to aim for once the \
                                 foundation is in place."),
            column_recommended: t("Recommended shape"),
            basis_recommended: t("The right-hand column shows the recommended shape: the core \
                                  plus {services}."),
            detail: t("the core plus {services}"),
            basis_split_services: t("The left-hand column is the estate as it runs today; the \
                                     right-hand column the shape to aim for: {services}."),
            detail_split_services: t("{services}, split from the {today} running today"),
            column_monolith: t("Monolith"),
            column_monolith_beside: t("Monolith and the {services} beside it"),
            infrastructure_beside: t(" Plus the {services} already running beside the monolith."),
        }
    }
}

impl Default for DomainTexts {
    fn default() -> DomainTexts {
        DomainTexts {
            more_ignored_one: t("1 more was ignored"),
            more_ignored: t("{n} more were ignored"),
            first_modules: t("Only the first {max} modules were read; {more}."),
            duplicate_id: t("A second module with id {id} (\"{name}\") was ignored; ids must be \
                             unique."),
            unnamed: t("Module {id}"),
            zero_load: t("\"{name}\" had a load of 0, read as the baseline of 1."),
            load_above: t("\"{name}\" had a load above {max}, read as {max}."),
            first_dependencies: t("Only the first {max} dependencies were read; {more}."),
            dangling: t("The dependency from {from} to {to} names a module that is not on the \
                         map."),
            self_dependency: t("\"{name}\" depends on itself; that says nothing about coupling."),
            repeated: t("A repeated dependency from \"{from}\" to \"{to}\" was counted once."),
            dropped: t("\u{2026}and {n} more ignored items."),
        }
    }
}

impl Default for PageTexts {
    fn default() -> PageTexts {
        PageTexts {
            section_verdict: t("Verdict"),
            section_quadrant: t("Need and readiness"),
            section_matrix: t("Decision matrix"),
            section_checks: t("Triggers and blockers"),
            section_services: t("Service count"),
            section_dsm: t("Dependency structure"),
            section_costs: t("Cost of going distributed"),
            section_plan: t("Phased plan"),
            section_pitfalls: t("Pitfalls"),
            section_sensitivity: t("What would change the verdict"),
            section_advice: t("Stack advice"),
            section_sources: t("Sources"),
            section_whatif: t("What if?"),
            contents: t("On this page"),
            details: t("Details"),
            details_of: t("of the {section}"),
            source: t("Source:"),
            open_whatif: t("What if…"),
            download_slide: t("Download slide"),
            slide_format: t("(SVG)"),
            confidence: t("Confidence: {level} (score {score} out of 100)"),
            why: t("Why"),
            keep_in_mind: t("Keep in mind"),
            fits: t("How each shape fits"),
            fit_winner: t("(the verdict)"),
            fit_ruled_out: t("(ruled out: {rule})"),
            fit_score: t("{score} out of 100"),
            fit_merge: t("{share}% merge away"),
            fit_keep: t("{share}% worth keeping"),
            need_line: t("Pressure to split (need): {need} out of 100. Ability to operate services (readiness): {readiness} out of 100."),
            quadrant_chart: t("Need and readiness chart"),
            quadrant_desc: t("Readiness {readiness} out of 100, against a dividing line at {readiness_at}; need {need} out of 100, against a dividing line at {need_at}. That places the team in the “{region}” quadrant."),
            quadrant_you_are: t("You are in {region}."),
            axis_readiness: t("Ability to operate services (readiness) →"),
            axis_need: t("Pressure to split (need) →"),
            you: t("You"),
            matrix_intro: t("Each row sets the case for staying a monolith against the case for breaking up. Your position is marked on a five-step scale from stay (left) to break up (right)."),
            position_of: t("Position {n} of 5: {position}."),
            position_none: t("No position: {position}."),
            matrix_caption: t("Decision matrix with your position on each dimension"),
            matrix_dimension: t("Dimension"),
            matrix_stay: t("Stay monolith"),
            matrix_split: t("Break to microservices"),
            matrix_position: t("Your position"),
            matrix_stay_short: t("Stay"),
            matrix_split_short: t("Break up"),
            triggers: t("Split triggers"),
            blockers: t("Reasons not to break"),
            triggers_holding_one: t("{n} of {of} split triggers holds"),
            triggers_holding: t("{n} of {of} split triggers hold"),
            blockers_holding_one: t("{n} of {of} reasons not to break applies"),
            blockers_holding: t("{n} of {of} reasons not to break apply"),
            running_today: t("Running today"),
            running_today_hint: t("services in production now"),
            to_keep: t("To keep"),
            to_keep_hint: t("once what moves together is merged"),
            first_wave: t("First wave"),
            first_wave_hint: t("extracted first, on its own"),
            target: t("Target"),
            target_hint: t("where the plan aims"),
            ceiling: t("Ceiling"),
            ceiling_hint: t("the most you could sensibly run"),
            ceiling_estate_hint: t("the most the teams could own and run"),
            estimate: t("estimate"),
            merge_list: t("Services to merge, in order"),
            candidate_list: t("Extraction candidates, in order"),
            merge_round: t("Merge round {n}"),
            wave_first: t("Wave 1: first, on its own"),
            wave: t("Wave {n}"),
            bounds: t("What bounds each number"),
            bounds_caption: t("Limits on the service count and why"),
            bounds_limits: t("Limits"),
            bounds_what: t("What"),
            bounds_limit: t("Limit"),
            bounds_why: t("Why"),
            no_merge_named: t("None named yet: the domain map shows which services move together, so add one to see them."),
            no_merge_group: t("No group of services calls itself in a cycle or shares written tables; the merges are about how many the teams can own and run."),
            no_candidates_named: t("None named yet: candidates come from the domain map, so add one to see them in order."),
            no_candidates: t("None: the target is to extract no services."),
            dsm_unlock: t("A domain map unlocks this section: the matrix of which module depends on which, the clusters that must move together, the longest chain of synchronous calls, and named extraction candidates."),
            dsm_add_map: t("Add a domain map"),
            cell_sync: t("synchronous call"),
            cell_async: t("asynchronous event"),
            cell_read: t("shared tables, one writer"),
            cell_write: t("shared tables, both write"),
            cell_and: t("and"),
            none_move_alone: t("None: every module can move on its own."),
            and_more: t("and {n} more"),
            no_sync_calls: t("No synchronous calls between modules."),
            chain_value: t("{chain} ({hops})"),
            none: t("None."),
            move_together: t("Modules that must move together"),
            longest_chain: t("Longest synchronous chain"),
            call_cycles: t("Call cycles"),
            shared_writers: t("Modules writing shared tables"),
            unowned: t("Modules without an owning team"),
            left_out: t("Left out of the map"),
            matrix_key: t("Key to the matrix"),
            dsm_label: t("Dependency structure matrix"),
            dsm_caption: t("Dependency structure matrix: rows depend on the columns they mark"),
            dsm_module: t("Module"),
            read_rows: t("Read a row across: its marks are the modules it depends on."),
            key_cluster: t("shaded block: a cluster of modules that move together"),
            key_diagonal: t("crossed cell: a module against itself"),
            key_imports: t("number: the imports behind the mark"),
            key_weak: t("faded mark: a stray import, too weak to tie two modules together"),
            cell_imports: t(", {imports}"),
            cell_weak: t(", a stray import"),
            stray_imports: t("Stray imports"),
            stray_item: t("{from} → {to}: {imports}, against {back} the other way"),
            letter_sync: t("S"),
            letter_async: t("A"),
            letter_read: t("R"),
            letter_write: t("W"),
            kind_count: t("{kind}: {n}"),
            dsm_too_large: t("With more than {max} modules the matrix is too large to read as a grid; here it is in numbers."),
            largest_cluster: t("Largest cluster: {modules}"),
            module_n: t("Module {id}"),
            latency: t("Latency added on the longest synchronous chain"),
            latency_hops: t("{hops} across the new boundaries"),
            all_split: t("If every module on that chain were a service"),
            chain_availability: t("Availability of that chain"),
            all_up: t("every deployable on it must be up"),
            deployment_units: t("Deployment units"),
            ops_needed: t("Operations people needed"),
            run_shape: t("to run that shape"),
            costs_compared: t("Costs compared"),
            category: t("Category"),
            costs_caption: t("{today} against {shape}"),
            plan_total: t("Total: {months}"),
            plan_timeline: t("Plan timeline"),
            timeline_key: t("Each bar starts when its phase can start at the earliest. The solid part is its shortest duration; the pale part shows how much later it may end."),
            revisit: t("Reopen the question when…"),
            start_month: t("Start month"),
            start_hint: t("The phases are dated from this month."),
            phase_services: t("Services: {services}"),
            what_happens: t("What happens"),
            done_when: t("Done when"),
            risks: t("Risks"),
            no_pitfalls: t("No distributed-monolith signals found."),
            pitfall_modules: t("Modules: {modules}"),
            no_flips: t("No single change of answer would change the verdict."),
            flips_intro: t("The smallest change of one answer that would give a different verdict:"),
            flip_gives: t("{from} → {to} gives {verdict}"),
            change: t("Change"),
            no_advice: t("No stack advice for this verdict."),
            close: t("Close"),
            whatif_intro: t("Try other answers here. Your own answers, and what is saved, stay as they are until you use these."),
            whatif_verdict: t("With these answers:"),
            whatif_own: t("Verdict:"),
            reset: t("Reset"),
            use_answers: t("Use these answers"),
            undo: t("Undo"),
            the_team: t("The team"),
            engineers: t("Engineers"),
            teams: t("Teams"),
            ops: t("People who run production"),
            stage: t("Product stage"),
            traffic: t("Daily traffic"),
            factors: t("Decision factors"),
            capabilities: t("Operational capabilities in place"),
            compare_empty: t("Change an answer below to compare its results with yours."),
            compare_caption: t("Your results against the what-if results"),
            was: t("Was"),
            now: t("Now"),
            row_verdict: t("Verdict"),
            row_need: t("Need"),
            row_readiness: t("Readiness"),
            row_first_wave: t("First wave"),
            row_target: t("Target"),
            row_plan: t("Plan"),
            not_answered: t("Not answered"),
            map_decides: t("The domain map decides this one (“{option}”): {evidence}"),
            keep: t("Keep and share"),
            share_link: t("Share link"),
            share_hint: t("The answers travel inside the link, after the #: no server sees them. Anyone who opens it sees these results."),
            copy_link: t("Copy link"),
            link_copied: t("Link copied."),
            link_not_copied: t("This browser did not allow copying: select the link and copy it yourself."),
            export_json: t("Export answers (JSON)"),
            record: t("Decision record"),
            record_hint: t("An architecture decision record in Markdown: context, drivers, options with pros and cons, the decision, consequences, the matrices, the dated plan, pitfalls, when to revisit, stack advice and sources. Paste it into a wiki page or a ticket."),
            copy_markdown: t("Copy as Markdown"),
            download_markdown: t("Download Markdown"),
            record_copied: t("Decision record copied as Markdown."),
            record_not_copied: t("This browser did not allow copying: download the record instead."),
            tables: t("Tables and charts"),
            csv_matrix: t("Decision matrix (CSV)"),
            csv_checks: t("Triggers and blockers (CSV)"),
            csv_costs: t("Costs (CSV)"),
            csv_dsm: t("Dependency matrix (CSV)"),
            svg_quadrant: t("Need × readiness chart (SVG)"),
            svg_quadrant_title: t("Need and readiness: {region}"),
            svg_quadrant_subtitle: t("Need {need} and readiness {readiness} out of 100. Verdict: {verdict}."),
            svg_timeline: t("Plan timeline (SVG)"),
            svg_timeline_title: t("Plan: {verdict}"),
            print: t("Print or save as PDF"),
            your_answers: t("Your answers"),
        }
    }
}

impl Default for WizardTexts {
    fn default() -> WizardTexts {
        WizardTexts {
            step_start: t("Start"),
            step_context: t("Your context"),
            step_factors: t("Decision factors"),
            step_readiness: t("Operational readiness"),
            step_domain: t("Domain map"),
            step_check: t("Check your answers"),
            step_results: t("Results"),
            progress: t("Step {n} of {of}"),
            progress_question: t("{step} · Question {n} of {of}"),
            document_title: t("{step} – {progress} – Seams"),
            progress_nav: t("Progress"),
            footer: t("Runs entirely in your browser. Your answers never leave this page."),
            embed_home: t("Start page and examples"),
            rubric_loading_results: t("The results appear once your organisation's rubric has loaded."),
            back: t("Back"),
            continue_: t("Continue"),
            see_results: t("See the results"),
            return_check: t("Save and return to your answers"),
            return_results: t("Save and return to the results"),
            rubric_loading: t("Rubric: loading your organisation's rubric from “{path}”…"),
            rubric_in_use: t("Rubric: {rubric}, {origin}."),
            rubric_back: t("Go back to {rubric}"),
            rubric_heading: t("The rules behind these results"),
            rubric_try: t("Try a rubric file"),
            rubric_try_hint: t("A seams-rubric .json file, such as a draft of your organisation's, up to 1 MB. You can also drop it here. The standard rubric is {standard}."),
            start_heading: t("Monolith, modular monolith or microservices?"),
            start_lede: t("Answer questions about your team, your product and your operations. Seams weighs them against published rules of thumb and recommends whether to keep one deployable, structure it into modules, extract a few services or migrate — with its reasons, the number of services, the cost of going distributed and a dated plan."),
            start_time: t("About ten minutes; every question can be skipped."),
            start_live: t("Results update live as you change any answer."),
            start_private: t("Nothing leaves this page: there is no server and no account."),
            resume_heading: t("Your answers are saved in this browser"),
            resume_text: t("Pick up where you left off, or go straight to the results."),
            resume: t("Continue where you left off"),
            start_new: t("Start a new assessment"),
            examples_heading: t("Or open an example"),
            examples_text: t("Each example is a complete set of answers. Open one to see the results, then change any answer."),
            open_example: t("Open this example"),
            import_label: t("Import an answer file"),
            import_hint: t("A .json file exported from Seams, up to 2 MB. You can also drop it here."),
            context_lede: t("The size of the organisation, the stage of the product and the load it carries. Leave anything you do not know empty: the results say how much that lowers their confidence."),
            q_engineers: t("How many engineers work on the product?"),
            q_engineers_hint: t("Everyone who writes or ships its code, across all teams."),
            q_teams: t("How many teams ship it?"),
            q_teams_hint: t("Teams that could own a part of the system on their own."),
            q_stage: t("Where is the product in its life?"),
            q_traffic: t("How many requests does it serve a day?"),
            q_traffic_hint: t("An order of magnitude is enough."),
            q_architecture: t("What does the system look like today?"),
            q_services: t("How many services run in production today?"),
            q_services_hint: t("Count every part that is deployed on its own, beside the monolith or instead of it. An estimate is enough."),
            q_stack: t("What is the main language stack?"),
            q_stack_hint: t("It only changes the framework advice, not the verdict."),
            readiness_lede: t("Running several services takes more than writing them. Tick what your organisation already has in production."),
            q_capabilities: t("Which of these are in place?"),
            q_capabilities_hint: t("Select all that apply."),
            q_ops: t("How many people run production?"),
            q_ops_hint: t("Platform, SRE or DevOps engineers, counting part-timers as fractions rounded up. About one or two people run a monolith; three to six run ten services."),
            no_factors: t("This rubric has no decision factors."),
            update_ready: t("A new version of Seams is ready."),
            update_saved: t("Your answers are saved; reload to use it."),
            update_reload: t("Reload to update"),
            undo: t("Undo"),
            undo_hint: t("and get your previous answers back"),
            dismiss: t("Dismiss"),
            dismiss_hint: t("this message"),
            unreadable_kept: t("The unreadable saved answers are kept in this browser until you download them."),
            unreadable_download: t("Download the unreadable save"),
            not_saving: t("Not saving."),
            not_saving_text: t("This browser does not allow storage here, so your answers live only in this page. Export them to keep them."),
            export: t("Export answers"),
            storage_full: t("Your latest answers are not saved:"),
            storage_full_text: t("the browser's storage for this site is full. Export them to keep them, or free space and keep working."),
            other_tab: t("Newer answers were saved in another tab."),
            other_tab_text: t("This tab will not overwrite them unless you say so."),
            use_newer: t("Use the newer answers"),
            keep_this_tab: t("Keep this tab's answers"),
            saved: t("Saved in this browser"),
            offer_link: t("This link holds a set of answers."),
            offer_link_replaces: t("Opening them replaces the answers you have now."),
            offer_link_accept: t("Open the linked answers"),
            offer_example: t("Open the example “{title}”?"),
            offer_example_replaces: t("Its answers replace the ones you have now."),
            offer_example_accept: t("Open the example"),
            offer_fresh: t("Start a new assessment?"),
            offer_fresh_replaces: t("Starting again clears the answers you have now."),
            offer_fresh_accept: t("Clear them and start"),
            offer_file: t("The file “{name}” holds a set of answers."),
            offer_file_accept: t("Open the answers"),
            offer_undo: t("You can undo it afterwards, or export your answers first to keep a copy."),
            offer_with_ours: t("Open them with the rubric in use"),
            offer_with_theirs: t("Open them with {rubric}"),
            offer_rubric: t("These answers were made with {theirs}; this page uses {ours}. The same answers can give another verdict under another rubric."),
            keep_mine: t("Keep my answers"),
            unchanged: t("{problem} Your answers are unchanged."),
            unreadable_file: t("The file could not be read."),
            domain_lede: t("Optional, and worth it: list the modules (or bounded contexts) of the system and how they depend on each other. With a map, the service count, the candidates, the costs and the pitfalls come from your own structure instead of an estimate."),
            modules_heading: t("Modules ({n})"),
            no_modules: t("No modules yet. Add the first one below, or start from an example map."),
            dependencies_heading: t("Dependencies"),
            example_map: t("Start from an example map"),
            use_map: t("Use this map"),
            example_map_hint: t("This replaces the modules and dependencies below; you can undo it."),
            map_loaded: t("Loaded the map of “{title}”: {modules} modules and {dependencies} dependencies."),
            map_restored: t("Restored the previous map."),
            import_heading: t("Import the map from the code"),
            import_intro: t("Most tools that draw a codebase's imports can write them as a graph: Graphviz DOT from pydeps, pyreverse, madge, cargo-modules or go, or the JSON of pydeps and madge. Two spreadsheets (modules, dependencies) work too. The file is read in this page and goes nowhere else."),
            import_file_label: t("A dependency graph, or the two spreadsheets"),
            import_file_hint: t("DOT, JSON or CSV, up to {max} each; pick or drop both spreadsheets at once."),
            import_paste_label: t("Or paste the graph here"),
            import_read: t("Read the pasted text"),
            import_templates: t("Spreadsheet templates:"),
            import_template_modules: t("Modules (CSV)"),
            import_template_dependencies: t("Dependencies (CSV)"),
            import_read_summary: t("Read {source} ({format}): {nodes} and {imports}."),
            import_pasted: t("the pasted text"),
            import_format_dot: t("Graphviz DOT"),
            import_format_json: t("JSON"),
            import_format_csv: t("spreadsheet"),
            import_format_by: t("{format} from {tool}"),
            import_one_sheet: t("Add {missing} too for the whole map, or use this one alone."),
            import_sheet_modules: t("the modules sheet"),
            import_sheet_dependencies: t("the dependencies sheet"),
            import_grouping: t("Group the code into modules"),
            import_depth: t("Parts of each name that make a module"),
            import_depth_hint: t("1 groups by the first part of each name (for a Django project, once the project's name is left out: one module per app); more parts give smaller modules."),
            import_prefix: t("Leave out this start of every name"),
            import_prefix_hint: t("The project's own package or source folder, such as “myproject” or “src”."),
            import_external: t("Leave out external and standard-library modules"),
            import_main: t("The project's own package"),
            import_main_hint: t("With external modules left out, a name that does not start with it is left out too. Empty: only what the tool marks as external."),
            import_joined: t("{links} between two files joined another between the same two modules."),
            import_preview: t("{nodes} make {modules}, with {dependencies} between them."),
            import_folded: t("{imports} inside a module folded into it."),
            import_dropped: t("{nodes} outside the project left out, with {imports} to or from them."),
            import_groups_caption: t("Modules and what is in them"),
            import_edges_caption: t("Dependencies, with the imports behind each"),
            import_col_module: t("Module"),
            import_col_members: t("Files or modules"),
            import_col_from: t("From"),
            import_col_to: t("To"),
            import_col_imports: t("Imports"),
            import_more: t("…and {n} more."),
            import_use: t("Use this map"),
            import_replace: t("Replace the map"),
            import_merge: t("Merge into the map"),
            import_merge_hint: t("Replacing drops the map below. Merging keeps the team, load, targets and marks of every module whose name matches, and the events and shared tables between them."),
            import_done: t("Imported {modules} and {dependencies}."),
            import_merged: t("Merged the import into the map: {matched} kept their details, {added} added, {removed} removed."),
            import_renamed: t("Renamed to fit the map: {names}."),
            bulk_select: t("Select"),
            bulk_heading: t("Change {modules} at once"),
            bulk_choose: t("Choose…"),
            bulk_set_team: t("Set the team"),
            bulk_core: t("Mark as core"),
            bulk_not_core: t("Not core"),
            bulk_all: t("Select every module"),
            bulk_clear: t("Clear the selection"),
            bulk_done: t("Changed {modules}."),
            module_name: t("Name"),
            error: t("Error:"),
            module_load: t("Relative load"),
            module_load_hint: t("1 for the lightest module; 10 for one that takes ten times the traffic."),
            module_availability: t("Availability target"),
            module_cadence: t("Changes in production"),
            module_team: t("Owning team"),
            module_resource: t("Resource profile"),
            module_core: t("Part of the core domain"),
            module_runs_apart: t("Already runs on its own, beside the monolith"),
            remove: t("Remove"),
            add_module_label: t("Add a module"),
            add_module_hint: t("A name people use for it, such as “billing” or “search”. Up to {max} modules."),
            add_module: t("Add module"),
            need_two_modules: t("Dependencies link two modules: add at least two modules to describe them."),
            add_two_first: t("Add at least two modules first"),
            add_dependency_legend: t("Add a dependency"),
            add_dependency_hint: t("The first module needs the second: it calls it, listens to its events or uses its tables."),
            dependency_from: t("From"),
            dependency_how: t("How"),
            dependency_to: t("To"),
            add_dependency: t("Add dependency"),
            dependency_needs: t("needs"),
            dependency_label: t("{from} to {to}"),
            dependency_kind_label: t("How {from} needs {to}"),
            dep_sync: t("Synchronous call"),
            dep_async: t("Asynchronous event"),
            dep_read: t("Shared tables (one writer)"),
            dep_write: t("Shared tables (both write)"),
            rubric_named: t("the rubric “{name}”"),
            standard_rubric_named: t("the standard rubric “{name}”"),
            origin_standard: t("built into Seams"),
            origin_build: t("built into this page by your organisation"),
            origin_address: t("loaded from “{path}”"),
            origin_imported: t("imported from “{name}” and kept in this browser"),
            opened: t("Opened the answers."),
            opened_with_theirs: t("{notice} They are evaluated with {rubric}, which they were made with."),
            rubric_again: t("The page uses {rubric} again."),
            previous_back: t("Your previous answers are back."),
            previous_back_with: t("Your previous answers are back, with {rubric}."),
            refused_address: t("The rubric at “{path}”"),
            refused_file: t("The rubric file “{name}”"),
            refused_build: t("The rubric built into this page"),
            refused_standard: t("The standard rubric"),
            refused: t("{what} was not used. {reason} This page uses {rubric}."),
            own_rubric_again: t("The page uses its own rubric again: {rubric}. The imported rubric is no longer kept in this browser."),
            page_rubric_loaded: t("The page's own rubric has loaded ({page}); the results still use the one you imported, {rubric}."),
            organisation_rubric: t("The results use your organisation's rubric, {rubric}."),
            now_using: t("The results now use {rubric}, {origin}."),
            looking_at_example: t("You are looking at {which}, not at your own answers. Change any answer to make it yours."),
            an_example: t("an example"),
            the_example: t("the example “{title}”"),
            opened_link: t("Opened the answers from the link."),
            imported_file: t("Imported the answers from “{name}”."),
            other_tab_updated: t("Your answers were updated from another tab."),
            started_fresh: t("Started a new assessment: your previous answers are cleared."),
            whatif_used: t("The results now use the what-if answers, and they are saved. Undo brings back the answers from before."),
            whatif_undone: t("Your answers from before the what-if are back."),
            why_it_matters: t("Why this matters"),
            clear_answer: t("Clear this answer"),
            check_lede: t("Unanswered questions are allowed: they lower the confidence of the results rather than block them."),
            not_answered: t("Not answered"),
            row_stack: t("Language stack"),
            row_capabilities: t("Capabilities in place"),
            row_none: t("None"),
            row_modules: t("Modules"),
            row_dependencies: t("Dependencies"),
            workshop_heading: t("Deciding as a group"),
            workshop_text: t("Each participant answers on their own device and hands in a short code, a link or a file; the facilitator gathers them in the room on this page, sees where the room disagrees and opens the consensus. Nothing leaves a device except what its owner hands in."),
            workshop_join: t("Answer as a participant"),
            workshop_join_hint: t("When your answers are in, the last page, \u{201c}Check your answers\u{201d}, shows your hand-in."),
            workshop_open: t("Open the workshop room"),
            workshop_close: t("Close the room"),
            room_heading: t("The workshop room"),
            room_lede: t("Paste hand-in codes or links, one per line, or pick or drop hand-in files, several at once. A second hand-in under the same nickname replaces the first."),
            room_paste: t("Codes or links"),
            room_add: t("Add to the room"),
            room_files: t("Hand-in files"),
            room_files_hint: t("Files ending in .json, as the participants' \u{201c}Download the hand-in file\u{201d} saves them."),
            room_added: t("Added {name}."),
            room_replaced: t("{name} handed in again: the new answers replace the earlier ones."),
            room_duplicate: t("This hand-in from {name} is already in the room."),
            room_refused: t("{where}: {reason} Nothing was added from it."),
            room_line: t("Line {n}"),
            room_refused_one: t("{reason} Nothing was added."),
            room_full: t("The room holds at most {max} participants."),
            room_file_large: t("This file is larger than a hand-in file can be (at most {max} bytes)."),
            room_someone: t("an anonymous participant"),
            room_anonymous: t("Anonymous participant {n}"),
            room_nothing: t("There is nothing to add: paste a code or a link first."),
            room_empty: t("No one has handed in yet."),
            room_members: t("In the room: {participants}"),
            room_remove: t("Remove"),
            room_clear: t("Empty the room"),
            room_cleared: t("Emptied the room: {participants} removed."),
            room_unread: t("{n} saved hand-ins were made under another rubric: they are kept, and come back when that rubric is in use."),
            room_spread_heading: t("Every question"),
            room_question: t("Question"),
            room_spread: t("Answers in the room"),
            room_middle: t("Middle answer"),
            room_agree: t("Agree with it"),
            present_open: t("Present to the room"),
            present_label: t("Presentation of the workshop"),
            present_hint: t("Arrow keys move between the questions; F shows it full screen; N shows or hides the names; Escape closes it."),
            present_progress: t("{n} of {of}"),
            present_names: t("Show the names"),
            present_prev: t("Previous"),
            present_next: t("Next"),
            present_close: t("Close"),
            present_full: t("Full screen"),
            room_consensus_col: t("Consensus"),
            room_use_middle: t("The middle answer ({answer})"),
            room_choice: t("Consensus for {question}"),
            room_note: t("Why, for {question}"),
            room_note_hint: t("Why the room chose this answer: it goes into the decision record."),
            room_count: t("{answer} ({n})"),
            room_agree_value: t("{agree} of {answered}"),
            room_discuss_heading: t("Where the disagreement changes the verdict"),
            room_discuss_lede: t("Each question below has an answer that, put into the consensus on its own, changes the verdict; the most consequential first. Other spreads do not change the outcome."),
            room_discuss_none: t("No single answer in the room changes the verdict of the consensus: the disagreement that remains does not change the outcome."),
            room_outcome: t("{answer} ({participants}): {verdict}"),
            room_consensus_heading: t("The consensus"),
            room_consensus_text: t("With the middle answer of {participants} to every question, the verdict is {verdict}. The domain map and the plan's start on this device are kept."),
            room_open_consensus: t("Open the consensus on the results page"),
            offer_workshop: t("Open the consensus of {participants}?"),
            offer_workshop_accept: t("Open the consensus"),
            opened_workshop: t("Opened the consensus of {participants}."),
            handin_heading: t("Hand in to a workshop"),
            handin_text: t("In a workshop? Give the facilitator your answers: read out or type the code, send the link, or hand over the file. Your domain map stays on this device."),
            handin_nickname: t("Nickname (optional)"),
            handin_nickname_hint: t("Leave it empty to hand in anonymously; at most {max} characters."),
            handin_code: t("Hand-in code"),
            handin_copy_code: t("Copy the code"),
            handin_link: t("Hand-in link"),
            handin_copy_link: t("Copy the link"),
            handin_file: t("Download the hand-in file"),
            handin_copied: t("Copied."),
            handin_not_copied: t("This browser did not allow copying: select the text and copy it by hand."),
        }
    }
}

impl Default for TermTexts {
    fn default() -> TermTexts {
        TermTexts {
            monolith: t("Monolith"),
            monolith_means: t("One application, built, released and run as a whole."),
            modular_monolith: t("Modular monolith"),
            modular_monolith_means: t("Still one application, split inside into modules whose boundaries the code enforces: a module uses another only through its public interface."),
            service: t("Service"),
            service_means: t("A part of the system built, released and run on its own, which talks to the others over the network."),
            microservices: t("Microservices"),
            microservices_means: t("A system made of many small services, each owned by one team."),
            deployable: t("Deployable"),
            deployable_means: t("What one release ships and starts as a unit, such as an application or a container."),
            going_distributed: t("Going distributed"),
            going_distributed_means: t("Running the product as several services that call each other over the network, with the failures, latency and operations work that brings."),
            product_market_fit: t("Product–market fit"),
            product_market_fit_means: t("The point where a product clearly meets a real demand. Before it, what the product does still changes often."),
            service_boundary: t("Service boundary"),
            service_boundary_means: t("The line between two services: each side owns its code and its data, and the other reaches them only through an interface."),
            availability_target: t("Availability target"),
            availability_target_means: t("The share of time a part must work: 99.9% allows about nine hours of outage a year, 99.99% under one hour."),
            runtime: t("Runtime"),
            runtime_means: t("What runs the code: the Python interpreter, the Java virtual machine, a compiled program."),
            jvm: t("JVM"),
            jvm_means: t("The Java virtual machine, which runs Java, Kotlin and Scala."),
            transaction: t("Transaction"),
            transaction_means: t("A change that happens completely or not at all, however many tables it touches."),
            eventual_consistency: t("Eventual consistency"),
            eventual_consistency_means: t("Areas may disagree for a moment after a change and catch up soon after, usually through events."),
            saga: t("Saga"),
            saga_means: t("A change made as a series of steps in several services, each undone by a compensating step if a later one fails."),
            outbox: t("Outbox"),
            outbox_means: t("A table a service writes its outgoing events to in the same transaction as its data, so that no event is lost."),
            sre: t("SRE"),
            sre_means: t("Site reliability engineering: engineers who keep production running and measurable."),
            devops: t("DevOps"),
            devops_means: t("Developers and operations sharing the work of shipping and running the software."),
            platform_engineers: t("Platform engineers"),
            platform_engineers_means: t("A team that builds the shared tooling other teams ship and run their code on."),
            module_bounded_context: t("Module, bounded context"),
            module_bounded_context_means: t("A part of the product with its own language, rules and data, such as billing or search: a candidate for a service."),
            dependency: t("Dependency"),
            dependency_means: t("One module needing another: it calls it, listens to its events or uses its tables."),
            synchronous_call: t("Synchronous call"),
            synchronous_call_means: t("A request that waits for the answer; if the other module is down, the caller fails too."),
            asynchronous_event: t("Asynchronous event"),
            asynchronous_event_means: t("A message the other module reacts to later; the sender does not wait."),
            shared_tables: t("Shared tables"),
            shared_tables_means: t("Two modules reading or writing the same database tables, which ties them together most tightly."),
            relative_load: t("Relative load"),
            relative_load_means: t("How much traffic a module takes compared with the lightest one."),
            resource_profile: t("Resource profile"),
            resource_profile_means: t("What a module mostly needs: a balance of everything, processor time (CPU-heavy), memory, or waiting on disks and the network (I/O-bound)."),
            core_domain: t("Core domain"),
            core_domain_means: t("The part that sets the product apart from its competitors, where the best people should work."),
            need_and_readiness: t("Need and readiness"),
            need_and_readiness_means: t("Need (0 to 100) is how strongly the answers press for services; readiness (0 to 100) is whether the team can build and run them."),
            split_trigger: t("Split trigger"),
            split_trigger_means: t("A situation that justifies running a part as its own service, such as one part needing many times the capacity of the rest. Enough independent ones justify a migration; the results say how many the rubric in use asks for."),
            blocker: t("Blocker"),
            blocker_means: t("A reason not to break up yet, such as releases without automation or a domain still moving."),
            hard_rule: t("Hard rule"),
            hard_rule_means: t("A rule that rules a shape out whatever the scores say, such as no migration for a team below the rubric's team-size line. The results name every rule they applied, with its numbers."),
            first_wave_target_ceiling: t("First wave, target, ceiling"),
            first_wave_target_ceiling_means: t("How many services to extract first, how many the plan aims for, and the most this team could sensibly run."),
            cluster: t("Cluster"),
            cluster_means: t("Modules tied so closely (calls in both directions, or writes to the same tables) that they can only move out together, as one service."),
            wave: t("Wave"),
            wave_means: t("A set of extractions run side by side, one per team. The first wave is a single service, so the team learns on it."),
            hop: t("Hop"),
            hop_means: t("One network call from a service to another on the path of a request; each adds latency and a chance of failure."),
            strangler_pattern: t("Strangler pattern"),
            strangler_pattern_means: t("Building the new service beside the monolith and moving traffic to it step by step, until the old code path can be switched off."),
            heading: t("What the words mean"),
        }
    }
}

impl Default for RecordTexts {
    fn default() -> RecordTexts {
        RecordTexts {
            title: t("Decision: {verdict}"),
            brief_decision: t("Decision"),
            brief_services: t("Services"),
            brief_plan: t("Plan"),
            brief_risk: t("Biggest risk"),
            brief_flip: t("What would change it"),
            brief_confidence: t("Confidence"),
            no_flip: t("No single change of answer gives another verdict."),
            live: t("Live result"),
            status: t("Status"),
            proposed: t("proposed"),
            date: t("Date"),
            prepared: t("Prepared with"),
            prepared_value: t("Seams, from the answers summarised under Context"),
            rubric: t("Rubric"),
            rubric_value: t("{rubric} (SHA-256 {sha})"),
            how_heading: t("How we decided"),
            how_lede: t("{participants} answered on their own devices and handed in their answers; \
                         every answer above is the room's middle answer to its question."),
            how_participants: t("Participants and their own verdicts"),
            how_spread: t("Where the answers differed"),
            how_agreed: t("The room answered every question alike."),
            how_overrides: t("Where the room chose another answer than the middle one"),
            how_override: t("{question}: {answer} instead of {middle}. {note}"),
            how_discussed: t("Where the disagreement changes the verdict"),
            context: t("Context"),
            engineers: t("Engineers"),
            teams: t("Teams"),
            stage: t("Product stage"),
            traffic: t("Daily requests"),
            architecture: t("Current architecture"),
            services_today: t("Services in production today"),
            capabilities: t("Operational capabilities in place"),
            none_recorded: t("none recorded"),
            ops: t("People who run production"),
            not_answered: t("not answered"),
            map: t("Domain map"),
            map_none: t("none; counts and costs are estimates"),
            map_value: t("{modules} ({names}), {dependencies}"),
            position: t("Pressure to split (need): {need}/100; ability to operate services (readiness): {readiness}/100, in the “{region}” region of the need × readiness chart. {explanation}"),
            no_answers: t("No answers were given: this record shows the defaults only."),
            drivers: t("Decision drivers"),
            signal: t("Distributed-monolith signal"),
            nothing_holds: t("No split trigger and no reason not to break holds."),
            trigger: t("Split trigger"),
            blocker: t("Reason not to break"),
            options: t("Options considered"),
            chosen: t("chosen"),
            own_rule: t("Decided by its own rule, not the scorecard: {what}."),
            all_kept: t("every one of today's services is worth keeping"),
            merge_share: t("{share}% of today's services merge away"),
            does_not_apply: t("it does not apply"),
            fit: t("Fit: {fit}"),
            ruled_out: t("ruled out: {rule}"),
            pro: t("Pro"),
            con: t("Con"),
            decision: t("Decision"),
            confidence: t("{lead} Confidence {level} ({score}/100)."),
            caveat: t("Caveat"),
            consequences: t("Consequences"),
            estimated: t(" (estimated without a domain map)"),
            counts_stay: t("Services to extract: **none**; the organisation could run up to **{ceiling}**{estimated}."),
            counts_stay_one: t("Services to extract: **none**; a single service beside it is the most the organisation could run{estimated}."),
            counts_stay_stuck: t("Services to extract: **none**; no part of the domain map can leave the core{estimated}."),
            counts_estate: t("Services: **{today} running today**, **{keep} to keep**{estimated}."),
            counts_extract: t("Services to extract: **{first_wave} in the first wave**, **{target} as the target**, **{ceiling} at most**{estimated}."),
            bound: t("Bound"),
            limit: t("Limit"),
            why: t("Why"),
            merge_list: t("Services to merge, in order"),
            candidates: t("Extraction candidates, in order"),
            round: t("round {n}"),
            wave: t("wave {n}"),
            costs: t("Cost of going distributed ({basis})"),
            category: t("Category"),
            matrix: t("Decision matrix"),
            dimension: t("Dimension"),
            stay: t("Stay monolith"),
            split: t("Break to microservices"),
            our_position: t("Our position"),
            our_answer: t("Our answer"),
            checks: t("Triggers and reasons not to break"),
            kind: t("Kind"),
            check: t("Check"),
            check_status: t("Status"),
            evidence: t("Evidence"),
            plan: t("Plan"),
            total: t("{summary} Total: {months}."),
            risk: t("Risk"),
            phase: t("Phase"),
            duration: t("Duration"),
            when: t("When"),
            services: t("Services"),
            activities: t("Activities"),
            exit: t("Exit criteria"),
            risks: t("Risks"),
            pitfalls: t("Pitfalls to watch"),
            no_pitfalls: t("No distributed-monolith signal was found."),
            revisit: t("When to revisit"),
            revisit_default: t("When the team, the traffic or the operational capabilities change markedly."),
            flips: t("What would change the verdict"),
            flip: t("If the answer to “{question}” changed from “{from}” to “{to}”, the verdict would be {verdict}."),
            advice: t("Stack advice"),
            sources: t("Sources"),
        }
    }
}
