//! The wording of every sentence the engine writes, as templates with named slots, so that an
//! organisation can reword or translate the results page by supplying its own rubric.
//!
//! A [`Template`] is plain text with slots written `{name}`; [`Template::render`] fills them.
//! [`Texts`] holds one template per sentence (or per family of sentences), grouped by the
//! section that writes it, plus the counted nouns and verbs ([`Plural`]), the number words and
//! the small words of lists and ranges ([`Words`]) that `words.rs` puts together. Every group
//! is `#[serde(default)]`: a rubric that leaves out any text keeps the standard English one
//! (`standard_texts.rs`).
//!
//! Each template declares the slots it may use; [`Texts::problems`] refuses a template that
//! names any other, so a validator can reject a reworded rubric before it reaches a page.

use serde::{Deserialize, Serialize};

/// Text with named slots, `{name}`; `{{` and `}}` are literal braces.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Template(pub String);

impl Template {
    /// A template from its text.
    pub fn new(text: &str) -> Template {
        Template(text.to_string())
    }

    /// The text of a template without slots.
    pub fn text(&self) -> String {
        self.render(&[])
    }

    /// The text with every `{name}` replaced by its value. A slot with no value stays as it is
    /// written, `{{` and `}}` become single braces, and nothing panics.
    pub fn render(&self, slots: &[(&str, &str)]) -> String {
        render(&self.0, slots)
    }

    /// The slot names the template uses, in order (a name used twice is listed twice).
    pub fn slots(&self) -> Vec<&str> {
        let mut found = Vec::new();
        let mut rest = self.0.as_str();
        while let Some(i) = rest.find(['{', '}']) {
            let tail = &rest[i..];
            if tail.starts_with("{{") || tail.starts_with("}}") {
                rest = &tail[2..];
            } else if let Some((name, after)) = slot_at(tail) {
                found.push(name);
                rest = after;
            } else {
                rest = &tail[1..];
            }
        }
        found
    }
}

/// `s` with every `{name}` replaced by its value: [`Template::render`] for text that is not a
/// template of [`Texts`] (the catalogue's labels, whose slots are thresholds).
pub fn render(s: &str, slots: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    let mut rest = s;
    while let Some(i) = rest.find(['{', '}']) {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        if tail.starts_with("{{") || tail.starts_with("}}") {
            out.push_str(&tail[..1]);
            rest = &tail[2..];
            continue;
        }
        if let Some((name, after)) = slot_at(tail) {
            match slots.iter().find(|(k, _)| *k == name) {
                Some((_, value)) => out.push_str(value),
                None => out.push_str(&tail[..name.len() + 2]),
            }
            rest = after;
        } else {
            out.push_str(&tail[..1]);
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    out
}

/// At a `{`: the slot name and what follows its `}`, if this is a slot (`{` letters, digits
/// or underscores `}`).
fn slot_at(s: &str) -> Option<(&str, &str)> {
    let body = s.strip_prefix('{')?;
    let end = body.find('}')?;
    let name = &body[..end];
    let valid = !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    valid.then(|| (name, &body[end + 1..]))
}

/// A word whose form follows a count: a noun ("1 service", "3 services") or a verb that agrees
/// with one ("1 trigger holds", "2 triggers hold").
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plural {
    /// The form for exactly one.
    pub one: String,
    /// The form for any other count, zero included.
    pub many: String,
}

/// One template with where it lives and the slots it may use.
pub(crate) struct Entry<'a> {
    pub path: &'static str,
    pub template: &'a Template,
    pub slots: &'static [&'static str],
}

/// A group of texts, read field by field: every field a template (or every field a counted word),
/// any left out keeping its standard wording, an unknown one refused. One small reader serves
/// every group; a derived deserializer per group compiled about 40 KB of brotli into the page.
trait Group: Default {
    /// What each field holds.
    type Item: for<'de> Deserialize<'de>;
    /// The fields' names, as the rubric spells them.
    const FIELDS: &'static [&'static str];
    /// The field of this name, if the group has one.
    fn field(&mut self, name: &str) -> Option<&mut Self::Item>;
}

struct GroupVisitor<G>(std::marker::PhantomData<G>);

impl<'de, G: Group> serde::de::Visitor<'de> for GroupVisitor<G> {
    type Value = G;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a map of texts")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<G, A::Error> {
        use serde::de::Error;
        let mut out = G::default();
        let mut seen: Vec<String> = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            if seen.contains(&key) {
                return Err(A::Error::custom(format_args!("duplicate field `{key}`")));
            }
            let Some(slot) = out.field(&key) else {
                return Err(A::Error::unknown_field(&key, G::FIELDS));
            };
            *slot = map.next_value()?;
            seen.push(key);
        }
        Ok(out)
    }
}

/// [`Group`] and `Deserialize` (through [`GroupVisitor`]) for a group whose fields all hold `$item`.
macro_rules! group {
    ($name:ident, $item:ty, $($field:ident),*) => {
        impl Group for $name {
            type Item = $item;
            const FIELDS: &'static [&'static str] = &[$(stringify!($field)),*];
            fn field(&mut self, name: &str) -> Option<&mut $item> {
                match name {
                    $(stringify!($field) => Some(&mut self.$field),)*
                    _ => None,
                }
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                d.deserialize_map(GroupVisitor::<$name>(std::marker::PhantomData))
            }
        }
    };
}

/// A group of templates: the struct, with each field's allowed slots in its documentation, and
/// the list of its entries. A field cannot be added without naming its slots.
macro_rules! templates {
    (
        $(#[$doc:meta])*
        $name:ident $path:literal {
            $( $(#[$fdoc:meta])* $field:ident: [$($slot:literal),*], )*
        }
    ) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Serialize)]
        pub struct $name {
            $(
                $(#[$fdoc])*
                ///
                #[doc = concat!("Allowed slots: [" $(, " `{", $slot, "}`")*, " ]")]
                pub $field: Template,
            )*
        }

        group!($name, Template, $($field),*);

        impl $name {
            fn entries<'a>(&'a self, out: &mut Vec<Entry<'a>>) {
                $(out.push(Entry {
                    path: concat!($path, ".", stringify!($field)),
                    template: &self.$field,
                    slots: &[$($slot),*],
                });)*
            }
        }
    };
}

/// A group of counted words.
macro_rules! plurals {
    ($(#[$doc:meta])* $name:ident { $( $(#[$fdoc:meta])* $field:ident, )* }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Serialize)]
        pub struct $name {
            $( $(#[$fdoc])* pub $field: Plural, )*
        }

        group!($name, Plural, $($field),*);
    };
}

templates! {
    /// The small words that lists, ranges, quotes and units are made of.
    Words "words" {
        /// The last two items of a list ("a, b and c": `rest` is "a, b").
        list_last: ["rest", "last"],
        /// Between the other items of a list.
        list_separator: [],
        /// The end of a shortened list of names ("and 2 more": `n` is 2).
        more: ["n"],
        /// A name in quotes.
        quoted: ["name"],
        /// A range whose ends differ ("1–3").
        range: ["lo", "hi"],
        /// A number of months (`span` is a number or a range, `unit` the agreeing noun).
        months: ["span", "unit"],
        /// A latency in milliseconds (`span` is a number or a range).
        ms: ["span"],
    }
}

plurals! {
    /// Counted nouns.
    Nouns {
        /// "service", "services".
        service,
        /// "module", "modules".
        module,
        /// "team", "teams".
        team,
        /// "month", "months".
        month,
        /// "hop", "hops".
        hop,
        /// "split trigger", "split triggers".
        split_trigger,
        /// "trigger", "triggers".
        trigger,
        /// "reason", "reasons".
        reason,
        /// "call cycle", "call cycles".
        call_cycle,
        /// "cluster", "clusters".
        cluster,
        /// "phase", "phases".
        phase,
        /// "distributed-monolith signal", "distributed-monolith signals".
        signal,
        /// "piece of advice", "pieces of advice".
        advice,
        /// "article", "articles".
        article,
        /// "point", "points" (of fit).
        point,
        /// "engineer", "engineers".
        engineer,
        /// "unit", "units" (what moves whole).
        unit,
        /// "independent unit", "independent units".
        independent_unit,
        /// "operations person", "operations people".
        ops_person,
        /// "part", "parts".
        part,
        /// "synchronous dependency", "synchronous dependencies".
        sync_dependency,
        /// "dependency", "dependencies".
        dependency,
        /// "item", "items" (of the domain map).
        item,
        /// "wave", "waves" (of extractions).
        wave,
        /// "extraction", "extractions".
        extraction,
        /// "network hop", "network hops".
        network_hop,
        /// "deployable", "deployables".
        deployable,
        /// "deployment unit", "deployment units".
        deployment_unit,
        /// "import", "imports" (of one part of the code by another).
        import,
        /// "file or module", "files or modules" (of an imported dependency graph).
        code_unit,
        /// "participant", "participants" (of a workshop).
        participant,
    }
}

plurals! {
    /// Words that agree with a count: verbs ("holds", "hold") and pronouns ("it", "them").
    Verbs {
        /// "holds", "hold".
        holds,
        /// "leans", "lean".
        leans,
        /// "differs", "differ".
        differs,
        /// "runs", "run".
        runs,
        /// "points", "point".
        points,
        /// "crosses", "cross".
        crosses,
        /// "of them" for one and for many (a count of the units just named).
        of_them,
        /// "it", "them all" (what isolating a part answers).
        it_them_all,
        /// "it becomes", "each becomes".
        it_becomes,
        /// "was", "were".
        was,
        /// "is", "are".
        is,
        /// "behaves differently", "behave differently".
        behaves_differently,
        /// "needs", "need".
        needs,
        /// "moves", "move".
        moves,
    }
}

templates! {
    /// Each results section's one-line finding (`findings.rs`).
    FindingTexts "findings" {
        /// The split triggers that hold (`triggers`: "2 split triggers", `holds`: the verb).
        checks_triggers: ["triggers", "holds"],
        /// The same, when the triggers count as fewer independent ones.
        checks_triggers_independent: ["triggers", "holds", "independent"],
        /// The checks' finding (`triggers`: one of the two above, `reasons`: "1 reason",
        /// `holds`: the verb agreeing with the reasons, `min`: the number of triggers a
        /// migration needs, as a capitalised word).
        checks: ["triggers", "reasons", "holds", "min"],
        /// The checks' finding when services already run and the verdict is about them (slots
        /// as above, without `min`).
        checks_estate: ["triggers", "reasons", "holds"],
        /// The service count when the verdict stays (`ceiling`: "4 services").
        services_stay: ["ceiling"],
        /// The same, when a single service beside the system is the most it could run.
        services_stay_one: [],
        /// The same, when no part of the map can leave the core.
        services_stay_stuck: [],
        /// The service count of a consolidation (`today`: "6 services", `keep`: a number,
        /// `first`: `services_merge_first` or nothing).
        services_consolidate: ["today", "keep", "first"],
        /// The first group a consolidation merges (`name`: in quotes).
        services_merge_first: ["name"],
        /// The service count when every service is kept (`today`: "10 services").
        services_keep: ["today"],
        /// The service count while the foundation comes first (`target`: "5 services").
        services_foundation: ["target"],
        /// The service count of an extraction (`first_wave`: "1 service", `first`: one of the
        /// two below, `target` and `ceiling`: numbers).
        services_extract: ["first_wave", "first", "target", "ceiling"],
        /// The first extraction, named (`name`: in quotes).
        services_first_named: ["name"],
        /// The first extraction, when nothing is named.
        services_first: [],
        /// The domain finding without a map.
        domain_none: [],
        /// The domain finding (`clusters`: the clusters phrase, then each of the three below
        /// that applies, or nothing).
        domain: ["clusters", "chain", "cycles", "shared"],
        /// The longest synchronous chain (`hops`: "3 hops").
        domain_chain: ["hops"],
        /// The call cycles (`cycles`: "2 call cycles").
        domain_cycles: ["cycles"],
        /// Modules writing shared tables (`modules`: "3 modules").
        domain_shared: ["modules"],
        /// One module.
        clusters_one: ["modules"],
        /// Modules each free to move (`modules`: "14 modules").
        clusters_free: ["modules"],
        /// Modules in clusters (`modules`: "9 modules", `clusters`: "6 clusters", `tied`: one of
        /// the two below).
        clusters_tied: ["modules", "clusters", "tied"],
        /// One cluster ties modules.
        clusters_tied_one: [],
        /// Several clusters tie modules (`n`: how many).
        clusters_tied_many: ["n"],
        /// The costs' finding (`shape`: one of the two below, `latency`: "10–50 ms",
        /// `availability`: a percentage, `ops`: a number or range).
        costs: ["shape", "latency", "availability", "ops"],
        /// What the costs describe when the verdict stays.
        costs_if_split: [],
        /// What the costs describe otherwise.
        costs_recommended: [],
        /// What the costs describe when every service is kept.
        costs_kept: [],
        /// The plan's finding (`summary`: the plan's summary, `months`: "4–7 months",
        /// `phases`: "5 phases").
        plan: ["summary", "months", "phases"],
        /// No pitfall found.
        pitfalls_none: [],
        /// The pitfalls found (`signals`: "2 distributed-monolith signals", `titles`: their
        /// titles, listed).
        pitfalls: ["signals", "titles"],
        /// No flip.
        sensitivity_none: [],
        /// The nearest flip (`factor`, `from`, `to`, `verdict`).
        sensitivity: ["factor", "from", "to", "verdict"],
        /// The matrix's finding (`dimensions`: a number, `split`: "3 lean", `stay`: a number).
        matrix: ["dimensions", "split", "stay"],
        /// The quadrant's finding (`need`, `readiness`: numbers, `quadrant`: its label,
        /// `explanation`: its explanation).
        quadrant: ["need", "readiness", "quadrant", "explanation"],
        /// The verdict's finding (`lead`: the verdict's lead, `level`: the confidence level's
        /// word, `reasons`: "3 reasons").
        verdict: ["lead", "level", "reasons"],
        /// No stack advice.
        advice_none: [],
        /// The stack advice (`advice`: "2 pieces of advice", capitalised).
        advice: ["advice"],
        /// The sources (`articles`: "5 articles").
        sources: ["articles"],
    }
}

templates! {
    /// The confidence levels in words.
    ConfidenceTexts "confidence" {
        /// High confidence.
        high: [],
        /// Medium confidence.
        medium: [],
        /// Low confidence.
        low: [],
    }
}

templates! {
    /// The decision brief (`brief.rs`).
    BriefTexts "brief" {
        /// The decision for a monolith.
        decision_monolith: [],
        /// The decision for a modular monolith.
        decision_modular: [],
        /// The risk when answers are missing (`missing`: what, listed).
        risk_unanswered: ["missing"],
        /// The decision for a monolith with services beside it (`services`: "6 services").
        decision_monolith_beside: ["services"],
        /// The decision for a modular monolith with services beside it (`services`).
        decision_modular_beside: ["services"],
        /// The decision for a selective extraction (`parts`: the names, or the next text).
        decision_selective: ["parts"],
        /// The same when nothing is built yet (`parts`).
        decision_selective_new: ["parts"],
        /// What a selective extraction extracts when no part is named.
        decision_selective_unnamed: [],
        /// The decision for a migration (`target`: "6 services", `first`: the next text or
        /// nothing).
        decision_migration: ["target", "first"],
        /// The first service of a migration (`name`: in quotes).
        decision_migration_first: ["name"],
        /// The decision while the foundation comes first (`target`: "6 services").
        decision_not_ready: ["target"],
        /// The decision for a consolidation (`today`: a number, `target`: "3 services").
        decision_consolidate: ["today", "target"],
        /// The decision to keep the services (`today`: "10 services").
        decision_keep: ["today"],
        /// Services when the verdict stays.
        services_stay: [],
        /// Services when every one that runs is kept (`today`: "10 services").
        services_keep: ["today"],
        /// Services of a consolidation (`today`: "6 services", `keep`: a number).
        services_consolidate: ["today", "keep"],
        /// Services while the foundation comes first (`target`: "6 services").
        services_foundation: ["target"],
        /// Services of an extraction (`first_wave`, `target`: numbers, `first`: the next text
        /// or nothing).
        services_extract: ["first_wave", "first", "target"],
        /// The first service named (`name`: in quotes).
        services_first: ["name"],
        /// The duration with a start, ending in one month (`length`: "4 months", `start`,
        /// `end`: months).
        duration_one_end: ["length", "start", "end"],
        /// The duration with a start, ending in a range (`length`, `start`, `early`, `late`).
        duration_ends: ["length", "start", "early", "late"],
        /// The duration without a start (`length`).
        duration: ["length"],
        /// A pitfall as the risk (`title`, `what`: what to do).
        risk_pitfall: ["title", "what"],
        /// A pitfall with its modules as the risk (`title`, `modules`: "3 modules", `what`).
        risk_pitfall_modules: ["title", "modules", "what"],
        /// What to do about modules that deploy together.
        do_deploy_together: [],
        /// What to do about shared writes.
        do_shared_writes: [],
        /// What to do about a deep synchronous chain.
        do_deep_chain: [],
        /// The same when the chain runs through services that already run.
        do_deep_chain_estate: [],
        /// What to do about cross-service transactions.
        do_transactions: [],
        /// What to do about modules without an owner.
        do_no_owner: [],
        /// A split trigger that a stay verdict leaves inside the one deployable, as the risk
        /// (`label`, `evidence`).
        risk_trigger: ["label", "evidence"],
        /// No risk.
        risk_none: [],
        /// The nearest flip (`factor`: capitalised, `to`, `from`, `verdict`).
        flip: ["factor", "to", "from", "verdict"],
        /// The confidence (`level`: capitalised level word, `why`: one of the texts below).
        confidence: ["level", "why"],
        /// Why: one small change would flip the verdict.
        why_flip: [],
        /// Why: the runner-up is close.
        why_close: [],
        /// Why: answers are missing.
        why_missing: [],
        /// Why: high confidence.
        why_high: [],
        /// Why: otherwise.
        why_modest: [],
        /// Held below High: contradicting answers, or counts without a map.
        why_capped: [],
    }
}

templates! {
    /// The verdict's caveats, reasons and lead (`lib.rs`).
    EvaluationTexts "evaluation" {
        /// Answers missing (`missing`: the questions, joined by `missing_separator`).
        caveat_missing: ["missing"],
        /// Between the missing questions.
        missing_separator: [],
        /// No clear winner (`verdict`, `runner_up`: labels, `margin`: "3 points").
        caveat_no_clear_winner: ["verdict", "runner_up", "margin"],
        /// One answer from another verdict (`factor`, `to`, `from`, `verdict`).
        caveat_one_answer: ["factor", "to", "from", "verdict"],
        /// A small change would give another verdict.
        caveat_small_change: [],
        /// Without a map, the part triggers may be one pressure.
        caveat_same_part: [],
        /// Items of the map ignored (`items`: "2 items", `was`: the agreeing verb).
        caveat_ignored: ["items", "was"],
        /// Without a map, counts are estimates.
        caveat_no_map: [],
        /// The map leaves nothing that can move.
        caveat_nothing_moves: [],
        /// The same, when every module of the map is marked core.
        caveat_all_core: [],
        /// Teams of fewer than three engineers (`teams`: "5 teams", `engineers`: "10
        /// engineers").
        caveat_tiny_teams: ["teams", "engineers"],
        /// Services run but their number is missing.
        caveat_services_unknown: [],
        /// Services today and the map disagree (`services`: "3 services", `modules`).
        caveat_services_map: ["services", "modules"],
        /// Services run beside the monolith, the map has modules, and none is marked as one
        /// of them (`services`: "3 services").
        caveat_apart_unmarked: ["services"],
        /// The map marks more modules as running on their own than the services answered
        /// (`modules`: "4 modules", `services`: "3 services").
        caveat_apart_more: ["modules", "services"],
        /// Greenfield but growing.
        caveat_greenfield: [],
        /// A product at an early stage with a large team or traffic.
        caveat_early_but_large: [],
        /// The map names more teams (`teams`: "4 teams", `answered`: a number).
        caveat_teams: ["teams", "answered"],
        /// A module two teams share, by an owner label joining their names (`module`, `owner`:
        /// quoted).
        caveat_joint: ["module", "owner"],
        /// The map is coarser than the organisation (`teams`, `modules`, `target`: counted).
        caveat_coarse_map: ["teams", "modules", "target"],
        /// The start month is out of range (`month`, `read`: numbers).
        caveat_start_month: ["month", "read"],
        /// Operations headcount assumed.
        caveat_ops_assumed: [],
        /// A stray import (`from`, `to`: quoted, `imports`: "1 import", `back`: "40 imports",
        /// the other way).
        caveat_stray: ["from", "to", "imports", "back"],
        /// Stray imports beyond those listed (`imports`: "2 imports", `is`: the agreeing verb).
        caveat_stray_more: ["imports", "is"],
        /// An answer disagrees with the map (`label`, `dimension`, `evidence`, `used`).
        conflict: ["label", "dimension", "evidence", "used"],
        /// The map's evidence was used.
        conflict_map_used: [],
        /// The answer was kept.
        conflict_answer_kept: [],
        /// The lead of a consolidation (`merged`, `keep`: numbers, `today`: "8 services",
        /// `runner_up`: quoted).
        lead_consolidate: ["merged", "today", "runner_up", "keep"],
        /// The lead when every service is kept (`today`: "10 services", `runner_up`: quoted).
        lead_keep: ["today", "runner_up"],
        /// The lead when it is under a point.
        lead_less_than_a_point: [],
        /// A clear lead (`runner_up`: quoted, `by`: "14 points").
        lead: ["runner_up", "by"],
        /// No clear winner (`runner_up`, `by`).
        lead_unclear: ["runner_up", "by"],
        /// No clear winner with a lead of at least a point (`runner_up`, `by`).
        lead_unclear_only: ["runner_up", "by"],
        /// What a part is called when no name is known.
        one_part: [],
        /// Why consolidate: the independent units (`units`: "3 independent units").
        why_units: ["units"],
        /// Why consolidate: what the teams can own (`services`).
        why_owners: ["services"],
        /// Why consolidate: what operations can run (`services`). No longer shown (operations
        /// capacity caps no count); kept so that a rubric which rewords it still loads.
        why_operable: ["services"],
        /// Why consolidate: nothing presses and nothing differs.
        why_nothing_differs: [],
        /// Why consolidate: nothing presses, and without a map of the services nothing is known
        /// about which of them differ.
        why_unmapped_differs: [],
        /// Why consolidate: only some differ (`differ`: "2 behave differently").
        why_some_differ: ["differ"],
        /// Between the reasons of a consolidation.
        why_separator: [],
        /// The consolidation reason (`today`: "6 services", `keep`: "3 are", `why`: the
        /// reasons, capitalised).
        reason_consolidate: ["today", "keep", "why"],
        /// The reason to keep every service (`today`: "10 services", `owners`: "12 services",
        /// `map`: the next text or nothing).
        reason_keep: ["today", "owners", "map"],
        /// What the map adds to the reason to keep (`units`: "10 independent units").
        reason_keep_map: ["units"],
        /// No trigger holds.
        reason_no_trigger: [],
        /// Triggers that point at one part (`n`, `part`, `min`).
        reason_one_pressure: ["n", "part", "min"],
        /// One trigger for a selective extraction (`trigger`).
        reason_one_trigger_isolate: ["trigger"],
        /// One trigger otherwise (`trigger`).
        reason_one_trigger: ["trigger"],
        /// Enough independent triggers (`independent`, `min`).
        reason_enough: ["independent", "min"],
        /// Enough triggers but a rule rules the migration out (`independent`, `rule`).
        reason_enough_ruled_out: ["independent", "rule"],
        /// Enough triggers but the blockers weigh more (`independent`).
        reason_enough_outweighed: ["independent"],
        /// Enough triggers, where services already run (`independent`: a number).
        reason_enough_estate: ["independent"],
        /// Triggers hold (`triggers`: "2 split triggers", `holds`: the verb).
        reason_triggers: ["triggers", "holds"],
        /// A check that holds (`what`: one of the two below, `label`, `evidence`).
        reason_check: ["what", "label", "evidence"],
        /// A split trigger.
        reason_trigger: [],
        /// A reason not to break.
        reason_blocker: [],
        /// Readiness enough (`readiness`, `line`).
        reason_ready: ["readiness", "line"],
        /// Readiness above the line with an essential missing (`readiness`, `line`: numbers,
        /// `missing`: listed).
        reason_ready_missing: ["readiness", "line", "missing"],
        /// Readiness too low (`readiness`, `line`).
        reason_not_ready: ["readiness", "line"],
        /// One part stands out (`part`: the next text or nothing, `what`: the dimension,
        /// `map`: `on_the_map` or nothing).
        reason_hot_spot: ["part", "what", "map"],
        /// The part's name (`name`: quoted).
        hot_spot_part: ["name"],
        /// The hot spot comes from the map.
        on_the_map: [],
        /// Growing organisation.
        reason_growth: [],
        /// Small and early team.
        reason_small_and_early: [],
    }
}

templates! {
    /// The service count: its bounds, its note and the candidates' reasons (`services.rs`).
    ServiceTexts "services" {
        /// Bound: owning teams.
        what_owners: [],
        /// Why (`teams`: `teams_estimated` or "3 teams", `per_team`: a number, `services`:
        /// "6 services").
        owners_ceiling: ["teams", "per_team", "services"],
        /// The teams, estimated (`teams`: "3 teams").
        teams_estimated: ["teams"],
        /// Bound: engineers who know the services.
        what_engineers: [],
        /// Why (`engineers`: "12 engineers", `services`: "6 services").
        engineers: ["engineers", "services"],
        /// Bound: a typical company.
        what_typical: [],
        /// Why (`lo`, `hi`: numbers).
        typical: ["lo", "hi"],
        /// Bound: larger than a typical company.
        what_larger: [],
        /// Why (`lo`, `hi`: numbers, `teams`).
        larger: ["lo", "hi", "teams"],
        /// Bound: the map's modules and clusters.
        what_units: [],
        /// Why (`modules`: "9 modules", `units`: "6 units", `extractable`: "5 of them").
        units: ["modules", "units", "extractable", "moves"],
        /// Appended to `units` when modules of the map already run on their own
        /// (`modules`: "3 modules", `runs`: "runs"/"run").
        units_running: ["modules", "runs"],
        /// Bound: modules that diverge.
        what_diverge: [],
        /// Why (`clusters`: "2 clusters", `differs`: the verb, `org`: `diverge_org` or nothing).
        diverge: ["clusters", "differs", "org"],
        /// When team boundaries count.
        diverge_org: [],
        /// Bound: one service per team.
        what_per_team: [],
        /// Why, with a map (`teams`).
        per_team_map: ["teams"],
        /// Why, without a map (`teams`).
        per_team_estimate: ["teams"],
        /// Bound: the floor of a large organisation.
        what_floor: [],
        /// Why (`engineers`, `lo`: numbers).
        floor: ["engineers", "lo"],
        /// Bound: the verdict stays.
        what_stay: [],
        /// Why.
        stay: [],
        /// Bound: the parts that stand out.
        what_parts: [],
        /// Why, with a map (`parts`: the agreeing noun).
        parts: ["parts"],
        /// Why, without a map.
        parts_unmapped: [],
        /// Bound: the foundation first.
        what_foundation: [],
        /// Why.
        foundation: [],
        /// Bound: one service first.
        what_one_first: [],
        /// Why.
        one_first: [],
        /// Bound: services running today.
        what_running: [],
        /// Why (`services`: "6 services").
        running: ["services"],
        /// Bound: services that can stand alone.
        what_stand_alone: [],
        /// Why (`units`: "3 independent units").
        stand_alone: ["units"],
        /// Why the owning teams bound a consolidation (`teams`, `services`).
        owners_target: ["teams", "services"],
        /// The same, for teams large enough to keep more (`engineers`: "20 engineers", the
        /// usual team; `per`: engineers a service needs).
        owners_target_large: ["teams", "engineers", "services", "per"],
        /// Bound: operations capacity. No longer shown (operations capacity caps no count; the
        /// plan grows operations instead); this and the next two are kept so that a rubric which
        /// rewords them still loads.
        what_ops: [],
        /// Why (`ops`: `ops_estimated` or the people, capitalised, `services`).
        ops: ["ops", "services"],
        /// The operations people, estimated (`people`: "2 operations people").
        ops_estimated: ["people"],
        /// Bound: only the parts that differ.
        what_differ: [],
        /// Why (`differ`, `teams`: numbers).
        differ: ["differ", "teams"],
        /// Why, without a map of the services (`teams`: a number). No longer shown (without a
        /// map the owning limit alone decides); kept so that rubric files that reword it still
        /// read.
        differ_unmapped: ["teams"],
        /// A hot module (`module`: quoted, `ratio`: a number).
        hot: ["module", "ratio"],
        /// A heavy module (`module`, `resource`).
        heavy: ["module", "resource"],
        /// Another availability (`module`, `availability`, `usual`).
        availability: ["module", "availability", "usual"],
        /// Another cadence (`module`, `cadence`, `usual`).
        cadence: ["module", "cadence", "usual"],
        /// Owned apart (`teams`: listed).
        owned_apart: ["teams"],
        /// A member two teams share (`module`, `owner`: quoted).
        owned_jointly: ["module", "owner"],
        /// Only events cross the boundary.
        events_only: [],
        /// Nothing crosses the boundary.
        no_dependency: [],
        /// Shared tables (`modules`: listed).
        shares: ["modules"],
        /// Synchronous dependencies (`deps`: "2 synchronous dependencies", `crosses`,
        /// `becomes`: the agreeing words).
        sync: ["deps", "crosses", "becomes"],
        /// Synchronous dependencies and shared tables (`deps`, `crosses`, `modules`).
        sync_shares: ["deps", "crosses", "modules"],
        /// Modules that move together (`modules`: listed, `why`: one of the three below).
        moves_together: ["modules", "why"],
        /// They call each other in a cycle and write the same tables.
        why_cycle_and_tables: [],
        /// They call each other in a cycle.
        why_cycle: [],
        /// They write the same tables.
        why_tables: [],
        /// No owning team.
        unowned: [],
        /// A typical first pick won a tie.
        tie: [],
        /// A stray import across the boundary (`from`, `to`: quoted, `imports`: "1 import",
        /// `back`: "40 imports", the other way).
        stray: ["from", "to", "imports", "back"],
        /// Services in a cycle (`modules`: listed).
        merge_cycle: ["modules"],
        /// Services writing the same tables (`modules`).
        merge_tables: ["modules"],
        /// Merge them (`owner`: `merge_owner` or nothing).
        merge: ["owner"],
        /// Who owns the merged service (`team`).
        merge_owner: ["team"],
        /// A merge of a call cycle alone: events could break it instead (`modules`: quoted).
        merge_or_events: ["modules"],
        /// A merge leaves teams with no service of their own (`teams`: quoted names).
        merge_orphans: ["teams"],
        /// The part that behaves differently, no trigger named.
        selective_unnamed: [],
        /// The part the triggers point at (`triggers`, `point`: agreeing words, `list`: the
        /// triggers, `them`: agreeing pronoun).
        selective: ["triggers", "point", "list", "them"],
        /// The map does not show the part (`module`: quoted).
        selective_unknown: ["module"],
        /// What a consolidation's counts count.
        note_consolidate: [],
        /// What the counts count when everything runs as services and more are to come
        /// (`services`: "3 services", those running today).
        note_from_services: ["services"],
        /// What the counts count when every service is kept.
        note_keep: [],
        /// What the counts count.
        note: [],
        /// The note when nothing is built yet.
        note_greenfield: [],
        /// Services beside the monolith (`services`: "2 services", `runs`).
        note_beside: ["services", "runs"],
        /// Counts estimated without a map.
        note_estimated: [],
        /// A candidate with its companions (`name`, `companions`).
        label_with: ["name", "companions"],
        /// Between the companions.
        companion_separator: [],
    }
}

templates! {
    /// The hard rules that rule a verdict out (`verdict.rs`).
    VerdictTexts "verdict" {
        /// Too few independent triggers (`min`: a number, `held`: one of the three below).
        needs_triggers: ["min", "held"],
        /// Several triggers that count as one (`triggers`: "3 triggers").
        held_one_part: ["triggers"],
        /// No trigger holds.
        held_none: [],
        /// One trigger holds.
        held_one: [],
        /// Too small a team (`min`, `engineers`: numbers).
        needs_engineers: ["min", "engineers"],
        /// Too few parts worth extracting (`stands`: one of the two below).
        needs_parts: ["stands"],
        /// Only one part stands out.
        stands_one: [],
        /// No part stands out.
        stands_none: [],
        /// Why no part is worth extracting: every cluster of the map holds the core.
        stands_stuck: [],
        /// A selective extraction with nothing to extract.
        needs_trigger_or_part: [],
        /// A tiny team (`max`, `engineers`: numbers).
        needs_more_than: ["max", "engineers"],
        /// Nothing can leave the core.
        needs_part_that_leaves: [],
        /// Readiness too low (`min`, `readiness`: numbers).
        needs_readiness: ["min", "readiness"],
        /// A migration where nothing is built yet.
        needs_system: [],
        /// A consolidation without services.
        consolidate_no_services: [],
        /// A consolidation that keeps every service.
        consolidate_all_kept: [],
        /// Keeping the services where not everything runs as services.
        keep_not_all_services: [],
        /// Keeping the services where some are not worth keeping.
        keep_some_merge: [],
        /// Keeping the services where a migration would aim for more.
        keep_more_needed: [],
    }
}

templates! {
    /// The pitfalls' subjects (`pitfalls.rs`).
    PitfallTexts "pitfalls" {
        /// A deep synchronous chain (`modules`: "4 modules", `path`: the modules, in order).
        chain: ["modules", "path"],
        /// Between the stops of a path.
        path_separator: [],
        /// Between the members of a call cycle on a path.
        cycle_separator: [],
        /// Transactions across services without a map.
        transactions_unmapped: [],
    }
}

templates! {
    /// The answers' caveats (`assess.rs`).
    AssessTexts "assess" {
        /// Services counted for a system answered as one deployable (`services`: "5 services").
        services_ignored: ["services"],
        /// Zero engineers.
        engineers_zero: [],
        /// Zero teams.
        teams_zero: [],
        /// More teams than engineers (`teams`, `engineers`: numbers, `read`: "4 teams").
        more_teams: ["teams", "engineers", "read"],
        /// An answer that is not an option (`answer`, `question`).
        unknown_option: ["answer", "question"],
        /// A factor the rubric does not have (`factor`: its id).
        unknown_factor: ["factor"],
        /// The engineers question, as a missing answer.
        missing_engineers: [],
        /// The teams question.
        missing_teams: [],
        /// The product stage question.
        missing_stage: [],
        /// The daily traffic question.
        missing_traffic: [],
        /// The capabilities.
        missing_capabilities: [],
        /// The operations headcount question.
        missing_ops: [],
    }
}

templates! {
    /// The decision matrix's answers (`matrix.rs`); the capability texts are also the
    /// sensitivity's.
    MatrixTexts "matrix" {
        /// A row not answered.
        not_answered: [],
        /// The readiness row (`score`: a number).
        readiness: ["score"],
        /// The same with essential capabilities missing (`score`, `missing`: listed).
        readiness_missing: ["score", "missing"],
        /// Operations people outside every band (`people`: a number).
        ops: ["people"],
        /// A capability in place (`capability`: its label).
        in_place: ["capability"],
        /// A capability not in place (`capability`).
        not_in_place: ["capability"],
        /// An answer read from the domain map (`answer`: the option's label).
        from_map: ["answer"],
    }
}

templates! {
    /// The answers whose change would flip the verdict (`sensitivity.rs`).
    SensitivityTexts "sensitivity" {
        /// A question not answered.
        not_answered: [],
        /// The engineers question.
        engineers: [],
        /// The teams question.
        teams: [],
        /// The product stage question.
        stage: [],
        /// The daily traffic question.
        traffic: [],
        /// The capabilities.
        readiness: [],
        /// The operations headcount question.
        ops: [],
    }
}

templates! {
    /// Dates (`calendar.rs`; the month names are [`Texts::months`]).
    CalendarTexts "calendar" {
        /// A month of a year (`month`: its name, `year`).
        date: ["month", "year"],
    }
}

templates! {
    /// The words for the domain map's values.
    LabelTexts "labels" {
        /// Nothing built yet, and its hint.
        arch_greenfield: [],
        arch_greenfield_hint: [],
        /// A monolith, and its hint.
        arch_monolith: [],
        arch_monolith_hint: [],
        /// A modular monolith, and its hint.
        arch_modular: [],
        arch_modular_hint: [],
        /// A monolith with a few services, and its hint.
        arch_some_services: [],
        arch_some_services_hint: [],
        /// Microservices already, and its hint.
        arch_microservices: [],
        arch_microservices_hint: [],
        /// The Python stack, and its hint.
        stack_python: [],
        stack_python_hint: [],
        /// Another stack, and its hint.
        stack_other: [],
        stack_other_hint: [],
        /// Availability 99%.
        tolerant: [],
        /// Availability 99.9%.
        standard: [],
        /// Availability 99.95%.
        high: [],
        /// Availability 99.99%.
        critical: [],
        /// Ships daily.
        daily: [],
        /// Ships weekly.
        weekly: [],
        /// Ships monthly.
        monthly: [],
        /// Ships quarterly.
        quarterly: [],
        /// A balanced resource profile.
        balanced: [],
        /// CPU-heavy.
        cpu_heavy: [],
        /// Memory-heavy.
        memory_heavy: [],
        /// I/O-bound.
        io_bound: [],
        /// A check that holds.
        status_holds: [],
        /// A check that does not hold.
        status_does_not_hold: [],
        /// A check the answers cannot tell.
        status_unknown: [],
        /// A matrix answer at the stay end.
        position_stay: [],
        /// A matrix answer leaning to stay.
        position_leaning_stay: [],
        /// A matrix answer in between.
        position_middle: [],
        /// A matrix answer leaning to split.
        position_leaning_split: [],
        /// A matrix answer at the split end.
        position_split: [],
        /// A matrix row not answered.
        position_unknown: [],
    }
}

templates! {
    /// The phased plan (`plan.rs`).
    PlanTexts "plan" {
        /// The first service when the map names none.
        first_service: [],
        /// Low readiness as a risk.
        risk_low_readiness: [],
        /// Missing essential capabilities as a risk (`missing`: listed).
        risk_missing: ["missing"],
        /// A small team as a risk (`engineers`: "8 engineers", `min`: the threshold).
        risk_small_team: ["engineers", "min"],
        /// A migration without versioned interfaces or contract tests (`missing`: the
        /// capabilities, listed).
        risk_interfaces: ["missing"],
        /// A migration whose services are reached only by events.
        risk_events: [],
        /// A migration without a domain map (`services`: "3 services").
        risk_unmapped: ["services"],
        /// A module that stays and that most services to extract call synchronously (`n`: a
        /// number, `services`: "3 services", `hub`: its quoted name).
        risk_hub: ["n", "services", "hub"],
        /// The same when every one of them does (`services`, `hub`: as above).
        risk_hub_all: ["services", "hub"],
        /// A domain still moving as a risk.
        risk_finding_fit: [],
        /// No measured bottleneck as a risk.
        risk_no_bottleneck: [],
        /// One release cadence, for a selective extraction (`service`: quoted or the next).
        risk_single_cadence_part: ["service"],
        /// The service of the text above when the map names none.
        new_service: [],
        /// One release cadence otherwise.
        risk_single_cadence: [],
        /// Operations to grow (`ops`: "2 operations people", capitalised, `operable`:
        /// "4 services", `people`: a number or range, `nth`: an ordinal or `ops_first`).
        ops_growth: ["ops", "operable", "people", "nth"],
        /// Operations too thin for the services kept (`ops`: "20 operations people",
        /// capitalised, `today`, `operable`: "300 services", `people`: a range).
        ops_short: ["ops", "today", "operable", "people"],
        /// A busy product with nobody on call (`traffic`: the band's label, capitalised).
        risk_busy_no_on_call: ["traffic"],
        /// The same for the services a consolidation keeps (`today`: the services kept).
        ops_short_kept: ["ops", "today", "operable", "people"],
        /// The same, when those people already run more than that today (`running`: the
        /// services that run today).
        ops_short_running: ["ops", "running", "today", "operable", "people"],
        /// What `nth` was when nobody runs a service yet. No longer shown (`ops_growth_none`
        /// says it); kept so that a rubric which rewords it still loads.
        ops_first: [],
        /// Operations growth when today's people can carry no service (`ops`: "0 operations
        /// people", `people`: a span).
        ops_growth_none: ["ops", "people"],
        /// Discovery: a module the plan moves that two teams share (`module`, `owner`: quoted).
        one_owner_first: ["module", "owner"],
        /// A stay plan: a module needing the strictest target with nobody on call (`modules`:
        /// quoted names, `needs`: "needs" or "need", `target`: "99.99%").
        risk_critical_no_on_call: ["modules", "needs", "target"],
        /// Selective or migration: modules stricter than the usual availability target stay in
        /// the monolith (`modules`: quoted names, `needs`, `is`: verbs, `target`: the strictest
        /// of them, "99.99%").
        risk_strict_stays: ["modules", "needs", "is", "target"],
        /// An ordinal ending in 1, except 11 (`n`).
        ordinal_1: ["n"],
        /// An ordinal ending in 2, except 12 (`n`).
        ordinal_2: ["n"],
        /// An ordinal ending in 3, except 13 (`n`).
        ordinal_3: ["n"],
        /// Any other ordinal (`n`).
        ordinal: ["n"],
        /// A deep chain to flatten (`path`: the modules, in order).
        flatten: ["path"],
        /// Discovery: one call of a deep chain that the plan turns into a network call
        /// (`call`: "“A” → “B”", `path`: the whole chain).
        flatten_crossing: ["call", "path"],
        /// Greenfield: design the contexts (`unit`: what a module is in the stack).
        greenfield_design: ["unit"],
        /// Greenfield: the extraction order.
        greenfield_order: [],
        /// The name of a selective plan's second or third extraction (`service`: in quotes).
        next_extraction: ["service"],
        /// Several extracted parts move their data (`parts`: the names).
        data_split_each: ["parts"],
        /// Its exit criterion (`parts`).
        data_split_each_exit: ["parts"],
        /// Services that grow out of the services that run: the discovery.
        services_discovery: [],
        /// Its exit criterion.
        services_discovery_exit: [],
        /// The first split out of a running service (`service`: the first new one).
        services_split: ["service"],
        /// Its exit criterion (`service`).
        services_split_exit: ["service"],
        /// The new services' data.
        services_data: [],
        /// Its exit criterion.
        services_data_exit: [],
        /// Nothing built yet: the part designed apart (`part`: the names).
        greenfield_apart: ["part"],
        /// Nothing built yet: the part built as a service of its own (`part`: in quotes).
        greenfield_build: ["part"],
        /// Nothing built yet: the risk of building a part apart (`part`: in quotes), and of
        /// drawing the first boundaries.
        greenfield_build_risk: ["part"],
        greenfield_design_risk: [],
        /// Its exit criterion (`part`).
        greenfield_built: ["part"],
        /// The name of the phase that builds a part apart (`service`).
        greenfield_phase: ["service"],
        /// A stay plan's phases when nothing is built yet: the modular one's name, the simple
        /// one's name, and what the simple one builds (`unit`).
        greenfield_modules_phase: [],
        greenfield_order_phase: [],
        greenfield_simple: [],
        /// The last phase of a plan that builds from scratch: its name, what it does, and when
        /// it is done.
        greenfield_settle: [],
        greenfield_settle_tune: [],
        greenfield_settle_runbooks: [],
        greenfield_settle_exit: [],
        /// The name of the design phase when nothing is built yet.
        greenfield_design_phase: [],
        /// Already modular: check the boundaries.
        modular_check: [],
        /// Already modular: list each module.
        modular_list: [],
        /// No candidate named: how to pick the first.
        pick_first: [],
        /// The foundation comes first.
        infra_first: [],
        /// The waves (`waves`, `runs`: agreeing words, `extractions`: "2 extractions").
        waves: ["waves", "runs", "extractions"],
        /// The same, when the waves widen (`first`: "3 extractions", `extractions`: the widest).
        waves_widening: ["first", "extractions"],
        /// One wave (`n`: its number, `services`: "2 services" or the names, `side`: one of
        /// the two below or nothing).
        wave: ["n", "services", "side"],
        /// Services counted side by side.
        side_by_side_counted: [],
        /// Services named side by side.
        side_by_side_named: [],
        /// The services of the data phase when none is named.
        extracted_services: [],
        /// The first service of the summary (`name`: quoted).
        starting_with: ["name"],
        /// A migration's summary (`services`: "6 services", `first`: `starting_with` or
        /// nothing).
        summary_migration: ["services", "first"],
        /// A migration that splits the services running today into more (`today`: "3
        /// services", `services`: the target, `first`: as above).
        summary_split_services: ["today", "services", "first"],
        /// A migration's note.
        note_migration: [],
        /// The part to extract when the map names none.
        part_unnamed: [],
        /// Draw the part's boundary (`part`).
        selective_boundary: ["part"],
        /// Give the part an interface (`part`, `unit`).
        selective_interface: ["part", "unit"],
        /// Selective discovery in a codebase that is already modular (`part`: the parts).
        selective_check_module: ["part"],
        /// The rest of the monolith gets a phase of its own.
        selective_rest_phase: [],
        /// The rest of the monolith keeps its shape.
        selective_rest_keeps: [],
        /// The focused discovery's exit criterion (`part`).
        selective_exit: ["part"],
        /// The same when nothing is built yet (`part`).
        selective_exit_new: ["part"],
        /// The focused foundation.
        selective_infra: [],
        /// A second part's extraction.
        selective_same_steps: [],
        /// The traffic switch.
        selective_switch: [],
        /// The data phase's part when none is named.
        extracted_part: [],
        /// Only its own tables move.
        own_tables: [],
        /// Replace the reads of shared tables (`modules`: listed).
        replace_reads: ["modules"],
        /// The same for one of several parts (`part`, `modules`).
        replace_reads_of: ["part", "modules"],
        /// A part extracted for a stricter availability target that still waits on the
        /// monolith (`service`, `calls`: "2 synchronous dependencies").
        reliability_waits: ["service", "calls"],
        /// What to do about it (`service`).
        reliability_decouple: ["service"],
        /// The infrastructure foundation's checks for what it builds: automated delivery,
        /// central logs, tracing and on-call.
        exit_delivery: [],
        /// The foundation's delivery phase when only container images are missing: its name
        /// and its exit.
        containers_phase: [],
        exit_containers: [],
        exit_logs: [],
        exit_tracing: [],
        exit_on_call: [],
        /// Modules a trigger points at that are tied to the core (`modules`, `is`: "is" or
        /// "are"): the risk, and the first work.
        stuck_risk: ["modules", "is", "tie"],
        stuck_untie: ["modules"],
        /// The untie step when the tie is a synchronous cycle only, or shared written tables
        /// only (`modules`: as above).
        stuck_untie_cycle: ["modules"],
        stuck_untie_tables: ["modules"],
        /// What ties them (`tie` in `stuck_risk`): a cycle, shared tables, or either.
        tie_cycle: [],
        tie_tables: [],
        tie_either: [],
        /// A migration beyond ten services moves the data wave by wave.
        data_per_wave: [],
        /// The data phase's name when several parts move their data.
        data_split_many: [],
        /// An events-only part: the contract of its events first (`service`).
        events_contract: ["service"],
        /// An events-only part runs on a copy of its events beside the monolith (`service`).
        events_shadow: ["service"],
        /// An events-only part takes its events over (`service`).
        events_switch: ["service"],
        /// An events-only part keeps reading the monolith's database for now (`service`).
        events_reads: ["service"],
        /// An events-only part is done (`service`).
        events_done: ["service"],
        /// Transactions across the boundary.
        transactions: [],
        /// The rest's module boundaries alongside the extraction.
        rest_alongside: [],
        /// The note when the triggers point at one part (`n`: how many, `part`: quoted or
        /// `one_part`).
        note_same_part: ["n", "part"],
        /// The part of the note above when none is named.
        one_part: [],
        /// The note when a migration would cost more (`engineers`: "12 engineers", `parts`:
        /// `this_part` or `these_parts`, `min`: the threshold).
        note_small_team: ["engineers", "parts", "min"],
        /// One part.
        this_part: [],
        /// Several parts.
        these_parts: [],
        /// The note otherwise.
        note_one_extraction: [],
        /// What a selective extraction extracts, none named.
        what_unnamed: [],
        /// What it extracts (`parts`: listed).
        what_named: ["parts"],
        /// A selective extraction's summary (`what`).
        summary_selective: ["what"],
        /// The same when nothing is built yet (`what`).
        summary_selective_new: ["what"],
        /// Grow operations (`people`: a number).
        grow_ops: ["people"],
        /// Module boundaries alongside the foundation.
        modules_alongside: [],
        /// Missing capabilities before the foundation (`missing`: listed).
        risk_foundation_missing: ["missing"],
        /// The foundation's summary.
        summary_foundation: [],
        /// The foundation's note (`services`: "6 services").
        note_foundation: ["services"],
        /// Inside the monolith: the part that stands out (`part`: its names, or the next text).
        inside_hot_spot: ["part"],
        /// The part that stands out, when the map does not name it.
        inside_hot_part: [],
        /// Inside the monolith: organisation size.
        inside_org_size: [],
        /// Inside the monolith: scaling profiles (`part`: the busy modules, or the next text).
        inside_scaling: ["part"],
        /// The busy part, unnamed.
        inside_busy_part: [],
        /// Inside the monolith: reliability (`part`: the strict modules, or the next text).
        inside_reliability: ["part"],
        /// The critical path, unnamed.
        inside_critical_part: [],
        /// Inside the monolith: another runtime.
        inside_tech: [],
        /// Inside the monolith: cadence (`part`: the fast modules, or the next text).
        inside_cadence: ["part"],
        /// The fast area, unnamed.
        inside_fast_part: [],
        /// Staying modular, already modular.
        stay_modular_check: [],
        /// Modules of one deployable that write the same tables get one owner (`modules`).
        stay_own_data: ["modules"],
        /// Its exit.
        stay_own_data_exit: [],
        /// Stay: a synchronous cycle inside the monolith to break (`modules`: quoted names).
        stay_break_cycle: ["modules"],
        /// Stay beside running services: a synchronous cycle that may span deployables
        /// (`modules`: quoted names).
        stay_cycle_services: ["modules"],
        /// The review while finding fit.
        review_fit: [],
        /// The review's changes.
        review_changes: [],
        /// The review of an estate kept as it is (`today`: "10 services", `ceiling`: "10
        /// services", the most the teams can own).
        review_estate: ["today", "ceiling"],
        /// What reopens the question of an estate kept as it is before its review.
        review_estate_signals: [],
        /// The modular monolith's summary.
        summary_modular: [],
        /// The monolith's summary.
        summary_stay: [],
        /// A modular monolith with services beside it (`services`: "6 services").
        summary_modular_beside: ["services"],
        /// A monolith with services beside it (`services`).
        summary_stay_beside: ["services"],
        /// The note of a stay.
        note_stay: [],
        /// What merges when the map names nothing.
        merge_unnamed: [],
        /// How far to merge, unnamed (`today`: "8 services", `keep`: a number).
        merge_unnamed_extra: ["today", "keep"],
        /// What merges when groups are named.
        each_group: [],
        /// One merge (`modules`: listed).
        merge_into_one: ["modules"],
        /// One round (`n`, `merges`: joined by `round_separator`).
        round: ["n", "merges"],
        /// Between the merges of a round.
        round_separator: [],
        /// Fold the rest into one (`services`: "2 services").
        fold_rest: ["services"],
        /// Merge more (`services`, `keep`: a number).
        merge_more: ["services", "keep"],
        /// Keep each former service as a module.
        keep_modules: [],
        /// One deployable again.
        one_deployable: [],
        /// Missing capabilities of services that run today, in a plan that consolidates or
        /// keeps them (`missing`: listed).
        risk_consolidate_missing: ["missing"],
        /// A consolidation's summary (`today`: "8 services", `keep`: a number).
        summary_consolidate: ["today", "keep"],
        /// A consolidation's note.
        note_consolidate: [],
        /// The summary of a plan that keeps every service (`today`: "10 services").
        summary_keep: ["today"],
        /// The note of a plan that keeps every service.
        note_keep: [],
        /// A module in a Python stack.
        unit_python: [],
        /// A module otherwise.
        unit: [],
        /// A phase of one month (`month`).
        when_one: ["month"],
        /// A phase of months (`first`, `last`).
        when_months: ["first", "last"],
        /// A phase whose ends are ranges (`start`, `end`: a number or range).
        when_ranges: ["start", "end"],
        /// Dates from one month to another (`start`, `end`).
        dates_span: ["start", "end"],
        /// A month or a range of months (`early`, `late`).
        dates_between: ["early", "late"],
        /// Dates whose ends are ranges (`start`, `end`).
        dates_ranges: ["start", "end"],
    }
}

templates! {
    /// The evidence of the split triggers and reasons not to break (`checks.rs`).
    CheckTexts "checks" {
        /// The modules a trigger concerns (`modules`: listed names).
        concerns: ["modules"],
        /// Triggers that point at the same part (`triggers`: listed labels, `point`: the verb).
        same_part: ["triggers", "point"],
        /// No evidence.
        not_answered: [],
        /// Engineers against the organisation trigger (`engineers`: "40 engineers", `at`).
        engineers_org: ["engineers", "at"],
        /// Engineers against the small-team line (`engineers`, `at`).
        engineers_small: ["engineers", "at"],
        /// Engineers (`engineers`).
        engineers: ["engineers"],
        /// The product stage (`stage`: quoted).
        stage: ["stage"],
        /// A factor's answer (`answer`: the option, `question`: the dimension, in lower case).
        factor: ["answer", "question"],
        /// Readiness with every essential capability (`score`).
        readiness_complete: ["score"],
        /// Readiness with missing capabilities (`score`, `missing`: joined by
        /// `missing_separator`).
        readiness_missing: ["score", "missing"],
        /// Between the missing capabilities.
        missing_separator: [],
        /// A module with much more load (`module`, `ratio`).
        hot_load: ["module", "ratio"],
        /// Even load.
        even_load: [],
        /// The busiest module runs on its own already (`module`: its name).
        busiest_apart: ["module"],
        /// The heavy module runs on its own already (`module`: its name).
        heavy_apart: ["module"],
        /// Availability targets spread (`low`, `high`).
        availability_spread: ["low", "high"],
        /// One availability target (`target`).
        one_availability: ["target"],
        /// Cadences spread (`fast`, `slow`).
        cadence_spread: ["fast", "slow"],
        /// One cadence (`cadence`).
        one_cadence: ["cadence"],
        /// A module with another resource profile (`module`, `resource`).
        heavy: ["module", "resource"],
    }
}

templates! {
    /// The costs of the two shapes (`costs.rs`).
    CostTexts "costs" {
        /// The latency of one hop (`latency`: "10–50 ms").
        per_hop: ["latency"],
        /// The right column of a row that does not change from the left.
        same_either_way: [],
        /// One deployable: latency.
        mono_latency: [],
        /// One deployable: availability.
        mono_availability: [],
        /// One deployable: infrastructure.
        mono_infrastructure: [],
        /// One deployable: observability.
        mono_observability: [],
        /// Operations headcount (`people`: a number or range).
        ops: ["people"],
        /// One deployable: debugging.
        mono_debugging: [],
        /// One deployable: schema changes.
        mono_schema: [],
        /// Latency without a map (`hops`: "3 network hops", `latency`, `per_hop`).
        latency_estimated: ["hops", "latency", "per_hop"],
        /// The map has no synchronous chain.
        latency_no_chain: [],
        /// No call crosses the boundaries (`hops`: "4 hops", `latency`: of the longest chain).
        latency_no_crossing: ["hops", "latency"],
        /// The busiest path (`hops`: "2 hops", capitalised, `crosses`: the verb, `latency`,
        /// `per_hop`).
        latency: ["hops", "crosses", "latency", "per_hop"],
        /// The longest chain, split module by module (`hops`, `latency`).
        latency_all_split: ["hops", "latency"],
        /// Availability without a map (`deployables`: "3 deployables", `percent`).
        availability_estimated: ["deployables", "percent"],
        /// The path runs in one deployable (`percent`).
        availability_one: ["percent"],
        /// Deployables on the path (`deployables`, capitalised, `percent`).
        availability: ["deployables", "percent"],
        /// Below a module's target (`target`: "99.95%").
        availability_below: ["target"],
        /// Deployment units around a core (`units`: "3 deployment units", `services`:
        /// "2 services", `mesh`: `mesh_plus` or nothing).
        infrastructure_core: ["units", "services", "mesh"],
        /// Deployment units of services beside a monolith (`units`, `services`: counted,
        /// `mesh`: `mesh_plus` or nothing).
        infrastructure_monolith: ["units", "services", "mesh"],
        /// A gateway or mesh around a core.
        mesh_plus: [],
        /// Deployment units on their own (`units`, `mesh`: `mesh_with` or nothing).
        infrastructure: ["units", "mesh"],
        /// A gateway or mesh between units.
        mesh_with: [],
        /// Observability of one new boundary.
        observability_one: [],
        /// Observability of many services.
        observability: [],
        /// Debugging across services.
        debugging: [],
        /// Schema changes across services.
        schema: [],
        /// Row: latency.
        category_latency: [],
        /// Row: availability.
        category_availability: [],
        /// Row: infrastructure.
        category_infrastructure: [],
        /// Row: observability.
        category_observability: [],
        /// Row: operations headcount.
        category_ops: [],
        /// Row: debugging.
        category_debugging: [],
        /// Row: schema changes.
        category_schema: [],
        /// Column: today's services (`services`: "8 services").
        column_today: ["services"],
        /// Column: the services kept (`services`).
        column_kept: ["services"],
        /// How to read a consolidation's columns (`services`).
        basis_consolidate: ["services"],
        /// How to read the columns when every service is kept (`services`: "10 services").
        basis_keep: ["services"],
        /// What a consolidation's units are (`services`, `today`: a number).
        detail_kept: ["services", "today"],
        /// Column: split, when the verdict stays (`services`).
        column_if_split: ["services"],
        /// How to read the columns when the verdict stays (`services`).
        basis_stay: ["services"],
        /// Column: after the foundation.
        column_foundation: [],
        /// How to read the columns while the foundation comes first (`services`).
        basis_foundation: ["services"],
        /// Column: the recommended shape.
        column_recommended: [],
        /// How to read the columns otherwise (`services`).
        basis_recommended: ["services"],
        /// What the units are (`services`).
        detail: ["services"],
        /// Basis when services running today are split into more (`services`: the target).
        basis_split_services: ["services"],
        /// What the units are then (`services`: the target, `today`: the services today).
        detail_split_services: ["services", "today"],
        /// Column: the monolith.
        column_monolith: [],
        /// Column: the monolith with services already beside it (`services`: "2 services").
        column_monolith_beside: ["services"],
        /// Infrastructure: the services already beside the monolith (`services`).
        infrastructure_beside: ["services"],
    }
}

templates! {
    /// What the domain map check left out (`domain.rs`).
    DomainTexts "domain" {
        /// One more item ignored.
        more_ignored_one: [],
        /// More items ignored (`n`).
        more_ignored: ["n"],
        /// Too many modules (`max`, `more`: one of the two above).
        first_modules: ["max", "more"],
        /// A repeated module id (`id`, `name`).
        duplicate_id: ["id", "name"],
        /// A module without a name (`id`).
        unnamed: ["id"],
        /// A load of 0 (`name`).
        zero_load: ["name"],
        /// A load above the limit (`name`, `max`).
        load_above: ["name", "max"],
        /// Too many dependencies (`max`, `more`).
        first_dependencies: ["max", "more"],
        /// A dependency on a module not on the map (`from`, `to`: ids).
        dangling: ["from", "to"],
        /// A module depending on itself (`name`).
        self_dependency: ["name"],
        /// A repeated dependency (`from`, `to`: names).
        repeated: ["from", "to"],
        /// Ignored items not listed one by one (`n`).
        dropped: ["n"],
    }
}

templates! {
    /// The results page's own words: headings, labels, buttons and the sentences between the
    /// engine's (the web app's results components).
    PageTexts "page" {
        /// The verdict section's heading.
        section_verdict: [],
        /// The need and readiness section's heading.
        section_quadrant: [],
        /// The decision matrix section's heading.
        section_matrix: [],
        /// The triggers and blockers section's heading.
        section_checks: [],
        /// The service count section's heading.
        section_services: [],
        /// The dependency structure section's heading.
        section_dsm: [],
        /// The costs section's heading.
        section_costs: [],
        /// The plan section's heading.
        section_plan: [],
        /// The pitfalls section's heading.
        section_pitfalls: [],
        /// The sensitivity section's heading.
        section_sensitivity: [],
        /// The stack advice section's heading.
        section_advice: [],
        /// The sources section's heading.
        section_sources: [],
        /// The what-if sandbox's heading.
        section_whatif: [],
        /// The list of sections.
        contents: [],
        /// The button that opens a section's details.
        details: [],
        /// Its words for screen readers (`section`: the heading, in lower case).
        details_of: ["section"],
        /// Before an article's title.
        source: [],
        /// The button that opens the what-if sandbox.
        open_whatif: [],
        /// The button that downloads the brief as a slide.
        download_slide: [],
        /// Its file type, for screen readers.
        slide_format: [],
        /// The confidence line (`level`: high, medium or low; `score`: out of 100).
        confidence: ["level", "score"],
        /// The heading of the reasons.
        why: [],
        /// The heading of the caveats.
        keep_in_mind: [],
        /// The heading of the fit bars.
        fits: [],
        /// After the chosen verdict's name.
        fit_winner: [],
        /// After a verdict a rule excludes (`rule`).
        fit_ruled_out: ["rule"],
        /// A fit (`score`).
        fit_score: ["score"],
        /// Consolidation's bar (`share`: a percentage).
        fit_merge: ["share"],
        /// Keeping's bar (`share`: a percentage).
        fit_keep: ["share"],
        /// The need and readiness in words (`need`, `readiness`: out of 100).
        need_line: ["need", "readiness"],
        /// The chart's title.
        quadrant_chart: [],
        /// The chart's description for screen readers (`readiness`, `readiness_at`, `need`, `need_at`, `region`).
        quadrant_desc: ["readiness", "readiness_at", "need", "need_at", "region"],
        /// Where the team is (`region`: the region's name).
        quadrant_you_are: ["region"],
        /// The chart's horizontal axis.
        axis_readiness: [],
        /// The chart's vertical axis.
        axis_need: [],
        /// The team's mark on the chart.
        you: [],
        /// Above the decision matrix.
        matrix_intro: [],
        /// A row's place on the five steps, for screen readers (`n`: 1 to 5, `position`: the
        /// labels' word for it).
        position_of: ["n", "position"],
        /// A row with no position (`position`: the labels' word for it).
        position_none: ["position"],
        /// The matrix's caption.
        matrix_caption: [],
        /// Its first column.
        matrix_dimension: [],
        /// Its stay column.
        matrix_stay: [],
        /// Its split column.
        matrix_split: [],
        /// Its position column.
        matrix_position: [],
        /// The stay column on a phone.
        matrix_stay_short: [],
        /// The split column on a phone.
        matrix_split_short: [],
        /// The heading of the split triggers.
        triggers: [],
        /// The heading of the reasons not to break.
        blockers: [],
        /// How many triggers hold, when one does (`n`, `of`), and when none or several do.
        triggers_holding_one: ["n", "of"],
        triggers_holding: ["n", "of"],
        /// How many reasons not to break apply, when one does (`n`, `of`), and otherwise.
        blockers_holding_one: ["n", "of"],
        blockers_holding: ["n", "of"],
        /// The count of services running today.
        running_today: [],
        /// Its hint.
        running_today_hint: [],
        /// The count of services to keep.
        to_keep: [],
        /// Its hint.
        to_keep_hint: [],
        /// The count of services in the first wave.
        first_wave: [],
        /// Its hint.
        first_wave_hint: [],
        /// The target count.
        target: [],
        /// Its hint.
        target_hint: [],
        /// The ceiling.
        ceiling: [],
        /// Its hint when services are extracted.
        ceiling_hint: [],
        /// Its hint for services that run.
        ceiling_estate_hint: [],
        /// The tag of counts estimated without a map.
        estimate: [],
        /// The heading of the services to merge.
        merge_list: [],
        /// The heading of the candidates.
        candidate_list: [],
        /// A merge round (`n`).
        merge_round: ["n"],
        /// The first wave.
        wave_first: [],
        /// A later wave (`n`).
        wave: ["n"],
        /// The heading of the bounds table.
        bounds: [],
        /// Its caption.
        bounds_caption: [],
        /// Its first column.
        bounds_limits: [],
        /// Its second column.
        bounds_what: [],
        /// Its third column.
        bounds_limit: [],
        /// Its fourth column.
        bounds_why: [],
        /// No merges named without a map.
        no_merge_named: [],
        /// No group moves together.
        no_merge_group: [],
        /// No candidates without a map.
        no_candidates_named: [],
        /// Nothing to extract.
        no_candidates: [],
        /// Without a domain map.
        dsm_unlock: [],
        /// The button that opens the domain map.
        dsm_add_map: [],
        /// A synchronous call in the matrix.
        cell_sync: [],
        /// An event in the matrix.
        cell_async: [],
        /// Shared tables, one writer.
        cell_read: [],
        /// Shared tables, both write.
        cell_write: [],
        /// Between two kinds of one cell.
        cell_and: [],
        /// No modules must move together.
        none_move_alone: [],
        /// After a shortened list (`n`).
        and_more: ["n"],
        /// No synchronous calls.
        no_sync_calls: [],
        /// The longest chain (`chain`: the names, `hops`: counted).
        chain_value: ["chain", "hops"],
        /// An empty list.
        none: [],
        /// Modules that must move together.
        move_together: [],
        /// The longest synchronous chain.
        longest_chain: [],
        /// Call cycles.
        call_cycles: [],
        /// Modules writing shared tables.
        shared_writers: [],
        /// Modules without an owner.
        unowned: [],
        /// What the map check left out.
        left_out: [],
        /// The key to the matrix.
        matrix_key: [],
        /// The matrix's label.
        dsm_label: [],
        /// The matrix's caption.
        dsm_caption: [],
        /// The matrix's corner.
        dsm_module: [],
        /// After the clusters phrase above the matrix.
        read_rows: [],
        /// The key's shaded block.
        key_cluster: [],
        /// The key's crossed cell.
        key_diagonal: [],
        /// The key's number, when the map counts imports.
        key_imports: [],
        /// The key's faded mark, when a stray import is on the map.
        key_weak: [],
        /// After a counted mark's meaning, for screen readers (`imports`: "40 imports").
        cell_imports: ["imports"],
        /// After a stray import's meaning, for screen readers.
        cell_weak: [],
        /// The fact: stray imports.
        stray_imports: [],
        /// One stray import (`from`, `to`: names; `imports`, `back`: "1 import", "40").
        stray_item: ["from", "to", "imports", "back"],
        /// The mark of a synchronous call.
        letter_sync: [],
        /// The mark of an event.
        letter_async: [],
        /// The mark of shared tables with one writer.
        letter_read: [],
        /// The mark of shared tables both write.
        letter_write: [],
        /// A count of one kind of mark (`kind`, `n`).
        kind_count: ["kind", "n"],
        /// A map too large for a grid (`max`).
        dsm_too_large: ["max"],
        /// The largest cluster (`modules`: counted).
        largest_cluster: ["modules"],
        /// A module the map does not name (`id`).
        module_n: ["id"],
        /// The added latency.
        latency: [],
        /// Across how many hops (`hops`: counted).
        latency_hops: ["hops"],
        /// If every module on the chain were a service.
        all_split: [],
        /// The chain's availability.
        chain_availability: [],
        /// Below the chain's availability.
        all_up: [],
        /// Deployment units.
        deployment_units: [],
        /// Operations people needed.
        ops_needed: [],
        /// Below the operations headcount.
        run_shape: [],
        /// The costs table's label.
        costs_compared: [],
        /// Its first column.
        category: [],
        /// The costs table's caption (`today`, `shape`: the two columns, the second in lower case).
        costs_caption: ["today", "shape"],
        /// The plan's length (`months`).
        plan_total: ["months"],
        /// The timeline's label.
        plan_timeline: [],
        /// Below the timeline.
        timeline_key: [],
        /// The heading of the revisit list.
        revisit: [],
        /// The start month's label.
        start_month: [],
        /// Its hint.
        start_hint: [],
        /// A phase's services (`services`: listed).
        phase_services: ["services"],
        /// A phase's activities.
        what_happens: [],
        /// A phase's exit criteria.
        done_when: [],
        /// A phase's risks.
        risks: [],
        /// No pitfall found.
        no_pitfalls: [],
        /// A pitfall's modules (`modules`: listed).
        pitfall_modules: ["modules"],
        /// No flip.
        no_flips: [],
        /// Above the flips.
        flips_intro: [],
        /// A flip (`from`, `to`, `verdict`).
        flip_gives: ["from", "to", "verdict"],
        /// The button that opens the question.
        change: [],
        /// No stack advice.
        no_advice: [],
        /// The button that closes the sandbox.
        close: [],
        /// The sandbox's explanation.
        whatif_intro: [],
        /// Before the sandbox's verdict while trying.
        whatif_verdict: [],
        /// Before the own verdict.
        whatif_own: [],
        /// Reset.
        reset: [],
        /// Use these answers.
        use_answers: [],
        /// Undo.
        undo: [],
        /// The team fields.
        the_team: [],
        /// Engineers.
        engineers: [],
        /// Teams.
        teams: [],
        /// People who run production.
        ops: [],
        /// Product stage.
        stage: [],
        /// Daily traffic.
        traffic: [],
        /// The decision factors.
        factors: [],
        /// The capabilities.
        capabilities: [],
        /// Before any change.
        compare_empty: [],
        /// The comparison's caption.
        compare_caption: [],
        /// Was.
        was: [],
        /// Now.
        now: [],
        /// Verdict row.
        row_verdict: [],
        /// Need row.
        row_need: [],
        /// Readiness row.
        row_readiness: [],
        /// First wave row.
        row_first_wave: [],
        /// Target row.
        row_target: [],
        /// Plan row.
        row_plan: [],
        /// An unanswered select.
        not_answered: [],
        /// Where the domain map decides a factor (`option`, `evidence`).
        map_decides: ["option", "evidence"],
        /// The keep-and-share panel's heading.
        keep: [],
        /// The share link's label.
        share_link: [],
        /// Its hint.
        share_hint: [],
        /// The button that copies it.
        copy_link: [],
        /// When the link is copied.
        link_copied: [],
        /// When the browser refuses.
        link_not_copied: [],
        /// The button that exports the answers.
        export_json: [],
        /// The decision record's heading.
        record: [],
        /// What the record holds.
        record_hint: [],
        /// Copy the record.
        copy_markdown: [],
        /// Download the record.
        download_markdown: [],
        /// When the record is copied.
        record_copied: [],
        /// When the browser refuses.
        record_not_copied: [],
        /// The tables' and charts' heading.
        tables: [],
        /// The matrix as CSV.
        csv_matrix: [],
        /// The checks as CSV.
        csv_checks: [],
        /// The costs as CSV.
        csv_costs: [],
        /// The dependency matrix as CSV.
        csv_dsm: [],
        /// The chart as SVG.
        svg_quadrant: [],
        /// The chart file's title (`region`).
        svg_quadrant_title: ["region"],
        /// Its subtitle (`need`, `readiness`, `verdict`).
        svg_quadrant_subtitle: ["need", "readiness", "verdict"],
        /// The timeline as SVG.
        svg_timeline: [],
        /// The timeline file's title (`verdict`).
        svg_timeline_title: ["verdict"],
        /// Print.
        print: [],
        /// The answers' heading.
        your_answers: [],
    }
}

templates! {
    /// The wizard's own words: step names, progress, buttons, the start page and the rubric
    /// line (the web app's shell and steps).
    WizardTexts "wizard" {
        /// The start page's name in the progress list and the tab's title.
        step_start: [],
        /// The context step's name.
        step_context: [],
        /// The factors step's name.
        step_factors: [],
        /// The readiness step's name.
        step_readiness: [],
        /// The domain map step's name.
        step_domain: [],
        /// The check step's name.
        step_check: [],
        /// The results page's name.
        step_results: [],
        /// Where the page is (`n`, `of`).
        progress: ["n", "of"],
        /// Where the factors step is (`step`: the progress above, `n`, `of`).
        progress_question: ["step", "n", "of"],
        /// The browser tab's title (`step`, `progress`).
        document_title: ["step", "progress"],
        /// The progress list's label for screen readers.
        progress_nav: [],
        /// The footer.
        footer: [],
        /// In an embed, the link back to the start page.
        embed_home: [],
        /// While an organisation's rubric loads.
        rubric_loading_results: [],
        /// Back.
        back: [],
        /// Continue.
        continue_: [],
        /// From the check step, and on the start page.
        see_results: [],
        /// Back to the check step after an edit.
        return_check: [],
        /// Back to the results after an edit.
        return_results: [],
        /// The rubric line while it loads (`path`).
        rubric_loading: ["path"],
        /// The rubric line (`rubric`: its name, version and hash; `origin`: where it came from).
        rubric_in_use: ["rubric", "origin"],
        /// Back to the page's own rubric (`rubric`).
        rubric_back: ["rubric"],
        /// The rubric panel's heading.
        rubric_heading: [],
        /// The rubric file picker's label.
        rubric_try: [],
        /// Its hint (`standard`: the standard rubric's name).
        rubric_try_hint: ["standard"],
        /// The start page's heading.
        start_heading: [],
        /// What Seams does.
        start_lede: [],
        /// How long it takes.
        start_time: [],
        /// That results update live.
        start_live: [],
        /// That nothing leaves the page.
        start_private: [],
        /// With saved answers.
        resume_heading: [],
        /// Its explanation.
        resume_text: [],
        /// Resume.
        resume: [],
        /// Start again.
        start_new: [],
        /// The examples' heading.
        examples_heading: [],
        /// What an example is.
        examples_text: [],
        /// Open an example.
        open_example: [],
        /// The answer file picker's label.
        import_label: [],
        /// Its hint.
        import_hint: [],
        /// The context step's introduction.
        context_lede: [],
        /// The engineers question.
        q_engineers: [],
        /// Its hint.
        q_engineers_hint: [],
        /// The teams question.
        q_teams: [],
        /// Its hint.
        q_teams_hint: [],
        /// The stage question.
        q_stage: [],
        /// The traffic question.
        q_traffic: [],
        /// Its hint.
        q_traffic_hint: [],
        /// The architecture question.
        q_architecture: [],
        /// The services question.
        q_services: [],
        /// Its hint.
        q_services_hint: [],
        /// The stack question.
        q_stack: [],
        /// Its hint.
        q_stack_hint: [],
        /// The readiness step's introduction.
        readiness_lede: [],
        /// The capabilities question.
        q_capabilities: [],
        /// Its hint.
        q_capabilities_hint: [],
        /// The operations question.
        q_ops: [],
        /// Its hint.
        q_ops_hint: [],
        /// A rubric without factors.
        no_factors: [],
        /// A new version is ready.
        update_ready: [],
        /// After it.
        update_saved: [],
        /// The button that reloads.
        update_reload: [],
        /// Undo a replacement.
        undo: [],
        /// Its words for screen readers.
        undo_hint: [],
        /// Dismiss a message.
        dismiss: [],
        /// Its words for screen readers.
        dismiss_hint: [],
        /// Unreadable saved answers.
        unreadable_kept: [],
        /// The button that downloads them.
        unreadable_download: [],
        /// Storage is not allowed.
        not_saving: [],
        /// Its explanation.
        not_saving_text: [],
        /// The button that exports the answers.
        export: [],
        /// Storage is full.
        storage_full: [],
        /// Its explanation.
        storage_full_text: [],
        /// Another tab saved newer answers.
        other_tab: [],
        /// Its explanation.
        other_tab_text: [],
        /// Use the other tab's answers.
        use_newer: [],
        /// Keep this tab's answers.
        keep_this_tab: [],
        /// The autosave's state.
        saved: [],
        /// A link holds answers.
        offer_link: [],
        /// What opening them does.
        offer_link_replaces: [],
        /// Open them.
        offer_link_accept: [],
        /// An example is offered (`title`).
        offer_example: ["title"],
        /// What opening it does.
        offer_example_replaces: [],
        /// Open it.
        offer_example_accept: [],
        /// Starting again.
        offer_fresh: [],
        /// What starting again does.
        offer_fresh_replaces: [],
        /// Start again.
        offer_fresh_accept: [],
        /// A file holds answers (`name`).
        offer_file: ["name"],
        /// Open them.
        offer_file_accept: [],
        /// After what a replacement does.
        offer_undo: [],
        /// Open under the page's rubric.
        offer_with_ours: [],
        /// Open under the answers' rubric (`rubric`).
        offer_with_theirs: ["rubric"],
        /// Answers made under another rubric (`theirs`, `ours`).
        offer_rubric: ["theirs", "ours"],
        /// Keep the answers.
        keep_mine: [],
        /// After a problem with a file (`problem`).
        unchanged: ["problem"],
        /// A file the browser could not read.
        unreadable_file: [],
        /// The domain map step's introduction.
        domain_lede: [],
        /// The modules' heading (`n`: how many).
        modules_heading: ["n"],
        /// No modules yet.
        no_modules: [],
        /// The dependencies' heading.
        dependencies_heading: [],
        /// The example map picker.
        example_map: [],
        /// Use it.
        use_map: [],
        /// What it does.
        example_map_hint: [],
        /// After loading one (`title`, `modules`, `dependencies`: how many).
        map_loaded: ["title", "modules", "dependencies"],
        /// After undoing it.
        map_restored: [],
        /// The import panel's heading.
        import_heading: [],
        /// What it reads, and that it stays in the page.
        import_intro: [],
        /// The file picker's label.
        import_file_label: [],
        /// Its hint (`max`: "5 MB").
        import_file_hint: ["max"],
        /// The paste box's label.
        import_paste_label: [],
        /// The button that reads it.
        import_read: [],
        /// Before the spreadsheet templates.
        import_templates: [],
        /// The modules template.
        import_template_modules: [],
        /// The dependencies template.
        import_template_dependencies: [],
        /// What was read (`source`: a file name or "the pasted text", `format`: "DOT from
        /// pydeps", `nodes`: "412 files or modules", `imports`: "1,034 imports").
        import_read_summary: ["source", "format", "nodes", "imports"],
        /// The pasted text, as a source.
        import_pasted: [],
        /// Format names, for `import_read_summary`.
        import_format_dot: [],
        import_format_json: [],
        import_format_csv: [],
        /// A format as a tool writes it (`format`, `tool`: "pydeps").
        import_format_by: ["format", "tool"],
        /// A spreadsheet read without its partner (`missing`: "the dependencies sheet").
        import_one_sheet: ["missing"],
        /// The modules sheet, as a missing partner.
        import_sheet_modules: [],
        /// The dependencies sheet, as a missing partner.
        import_sheet_dependencies: [],
        /// The grouping controls' legend.
        import_grouping: [],
        /// How many parts of each name make a module.
        import_depth: [],
        /// Its hint.
        import_depth_hint: [],
        /// The start of every name to leave out.
        import_prefix: [],
        /// Its hint.
        import_prefix_hint: [],
        /// Leave out external and standard-library modules.
        import_external: [],
        /// The project's own package: what lies outside it is external.
        import_main: [],
        /// Its hint.
        import_main_hint: [],
        /// Links between two files that joined another between the same two modules (`links`).
        import_joined: ["links"],
        /// The preview's first line (`nodes`, `modules`: "14 modules", `dependencies`).
        import_preview: ["nodes", "modules", "dependencies"],
        /// Imports inside one module, folded (`imports`).
        import_folded: ["imports"],
        /// Nodes left out (`nodes`, `imports`: the imports to or from them).
        import_dropped: ["nodes", "imports"],
        /// The groups table's caption.
        import_groups_caption: [],
        /// The dependencies table's caption.
        import_edges_caption: [],
        /// Column: a module of the map.
        import_col_module: [],
        /// Column: the files or modules in it.
        import_col_members: [],
        /// Column: the module that depends.
        import_col_from: [],
        /// Column: the module depended on.
        import_col_to: [],
        /// Column: the number of imports.
        import_col_imports: [],
        /// Under a cut table (`n`: how many rows are not shown).
        import_more: ["n"],
        /// Use the grouped map when there is none yet.
        import_use: [],
        /// Replace the map with it.
        import_replace: [],
        /// Merge it into the map.
        import_merge: [],
        /// What a merge keeps.
        import_merge_hint: [],
        /// After using or replacing (`modules`, `dependencies`: counted).
        import_done: ["modules", "dependencies"],
        /// After a merge (`matched`, `added`, `removed`: counted modules).
        import_merged: ["matched", "added", "removed"],
        /// Names that had to change (`names`: "“a” became “b”" list).
        import_renamed: ["names"],
        /// A module card's selection box, for a bulk edit.
        bulk_select: [],
        /// The bulk edit's heading (`modules`: "3 modules").
        bulk_heading: ["modules"],
        /// A bulk select's first, empty choice.
        bulk_choose: [],
        /// Set the team of every selected module.
        bulk_set_team: [],
        /// Mark every selected module as core, or as not core.
        bulk_core: [],
        bulk_not_core: [],
        /// Select every module; clear the selection.
        bulk_all: [],
        bulk_clear: [],
        /// After a bulk edit (`modules`: "3 modules").
        bulk_done: ["modules"],
        /// A module's name.
        module_name: [],
        /// Before an error, for screen readers.
        error: [],
        /// A module's load.
        module_load: [],
        /// Its hint.
        module_load_hint: [],
        /// A module's availability target.
        module_availability: [],
        /// A module's release cadence.
        module_cadence: [],
        /// A module's team.
        module_team: [],
        /// A module's resource profile.
        module_resource: [],
        /// A module in the core domain.
        module_core: [],
        /// The mark of a module that already runs on its own (shown only beside a monolith
        /// with a few services).
        module_runs_apart: [],
        /// Remove a module or a dependency.
        remove: [],
        /// The new module's label.
        add_module_label: [],
        /// Its hint (`max`: how many modules a map may have).
        add_module_hint: ["max"],
        /// The button that adds it.
        add_module: [],
        /// Before the dependencies.
        need_two_modules: [],
        /// The error when there are fewer than two.
        add_two_first: [],
        /// The new dependency's legend.
        add_dependency_legend: [],
        /// Its hint.
        add_dependency_hint: [],
        /// From.
        dependency_from: [],
        /// How.
        dependency_how: [],
        /// To.
        dependency_to: [],
        /// The button that adds it.
        add_dependency: [],
        /// Between two modules, for screen readers.
        dependency_needs: [],
        /// A dependency, for screen readers (`from`, `to`).
        dependency_label: ["from", "to"],
        /// The kind select of one dependency, for screen readers (`from`, `to`).
        dependency_kind_label: ["from", "to"],
        /// A synchronous call.
        dep_sync: [],
        /// An event.
        dep_async: [],
        /// Shared tables, one writer.
        dep_read: [],
        /// Shared tables, both write.
        dep_write: [],
        /// A rubric by its name, version and hash in a sentence (`name`), and the standard one.
        rubric_named: ["name"],
        standard_rubric_named: ["name"],
        /// Where the standard rubric comes from.
        origin_standard: [],
        /// An organisation's build.
        origin_build: [],
        /// A rubric named in the address (`path`).
        origin_address: ["path"],
        /// An imported rubric (`name`).
        origin_imported: ["name"],
        /// Answers opened.
        opened: [],
        /// Opened with the rubric they were made with (`notice`, `rubric`).
        opened_with_theirs: ["notice", "rubric"],
        /// After an undo of a rubric change (`rubric`).
        rubric_again: ["rubric"],
        /// After an undo.
        previous_back: [],
        /// After an undo of answers and rubric (`rubric`).
        previous_back_with: ["rubric"],
        /// A refused rubric named in the address (`path`).
        refused_address: ["path"],
        /// A refused rubric file (`name`).
        refused_file: ["name"],
        /// A refused built-in rubric.
        refused_build: [],
        /// The standard rubric, refused.
        refused_standard: [],
        /// A rubric not used (`what`, `reason`, `rubric`: the one in use).
        refused: ["what", "reason", "rubric"],
        /// Back to the page's own rubric (`rubric`).
        own_rubric_again: ["rubric"],
        /// The page's rubric loaded while an imported one is in use (`page`, `rubric`).
        page_rubric_loaded: ["page", "rubric"],
        /// The address's rubric is in use (`rubric`).
        organisation_rubric: ["rubric"],
        /// Another rubric is in use (`rubric`, `origin`).
        now_using: ["rubric", "origin"],
        /// While an example is shown (`which`).
        looking_at_example: ["which"],
        /// An example without a name.
        an_example: [],
        /// An example (`title`).
        the_example: ["title"],
        /// Answers opened from a link.
        opened_link: [],
        /// Answers imported from a file (`name`).
        imported_file: ["name"],
        /// Answers updated from another tab.
        other_tab_updated: [],
        /// A new assessment over saved answers.
        started_fresh: [],
        /// After the what-if answers are used.
        whatif_used: [],
        /// After that is undone.
        whatif_undone: [],
        /// The heading beside a factor's question.
        why_it_matters: [],
        /// The button that clears a factor's answer.
        clear_answer: [],
        /// The check step's introduction.
        check_lede: [],
        /// An unanswered row.
        not_answered: [],
        /// The stack row.
        row_stack: [],
        /// The capabilities row.
        row_capabilities: [],
        /// No capability.
        row_none: [],
        /// The modules row.
        row_modules: [],
        /// The dependencies row.
        row_dependencies: [],
        /// The start page: the workshop card's heading.
        workshop_heading: [],
        /// The workshop card's text.
        workshop_text: [],
        /// Starts a participant's answers (a fresh assessment).
        workshop_join: [],
        /// Under the participant's button.
        workshop_join_hint: [],
        /// Opens the facilitator's room.
        workshop_open: [],
        /// Closes the room (its hand-ins stay saved).
        workshop_close: [],
        /// The room's heading.
        room_heading: [],
        /// The room's first line.
        room_lede: [],
        /// The label of the box for codes and links.
        room_paste: [],
        /// The button that reads the box.
        room_add: [],
        /// The label of the file picker.
        room_files: [],
        /// Under the file picker.
        room_files_hint: [],
        /// One hand-in added (`name`: the nickname, quoted, or `room_someone`).
        room_added: ["name"],
        /// A second hand-in under the same nickname (`name`: quoted).
        room_replaced: ["name"],
        /// The same code twice (`name`: quoted, or `room_someone`).
        room_duplicate: ["name"],
        /// A code that could not be read (`where`: `room_line` or a file's name, `reason`: why).
        room_refused: ["where", "reason"],
        /// Where a refused code was (`n`: the line of the box).
        room_line: ["n"],
        /// A code that could not be read, alone in the box (`reason`: why).
        room_refused_one: ["reason"],
        /// The room is full (`max`: how many it holds).
        room_full: ["max"],
        /// A file too large to be a hand-in (`max`: bytes).
        room_file_large: ["max"],
        /// A participant with no nickname, inside a sentence.
        room_someone: [],
        /// A participant with no nickname in the list (`n`: their place).
        room_anonymous: ["n"],
        /// Add with an empty box.
        room_nothing: [],
        /// The room before any hand-in.
        room_empty: [],
        /// The list's heading (`participants`: "5 participants").
        room_members: ["participants"],
        /// The button that takes a participant out.
        room_remove: [],
        /// The button that removes every hand-in.
        room_clear: [],
        /// After emptying the room.
        room_cleared: ["participants"],
        /// Saved hand-ins the rubric in use cannot read (`n`: how many).
        room_unread: ["n"],
        /// The heading of the spread table.
        room_spread_heading: [],
        /// The spread table's first column.
        room_question: [],
        /// The spread table's second column.
        room_spread: [],
        /// The spread table's third column.
        room_middle: [],
        /// The spread table's fourth column.
        room_agree: [],
        /// Opens the presentation view.
        present_open: [],
        /// The presentation's accessible name.
        present_label: [],
        /// The presentation's keys.
        present_hint: [],
        /// Where the presentation is (`n`, `of`).
        present_progress: ["n", "of"],
        /// The presentation's names switch.
        present_names: [],
        /// The presentation's back button.
        present_prev: [],
        /// The presentation's forward button.
        present_next: [],
        /// Closes the presentation.
        present_close: [],
        /// Shows the presentation full screen.
        present_full: [],
        /// The spread table's column where the facilitator may choose another answer.
        room_consensus_col: [],
        /// The default choice of that column (`answer`).
        room_use_middle: ["answer"],
        /// The accessible name of a question's choice (`question`).
        room_choice: ["question"],
        /// The accessible name of an override's note (`question`).
        room_note: ["question"],
        /// The placeholder of an override's note.
        room_note_hint: [],
        /// One answer in a spread (`answer`, `n`: how many chose it).
        room_count: ["answer", "n"],
        /// How many agree (`agree`, `answered`).
        room_agree_value: ["agree", "answered"],
        /// The discussion list's heading.
        room_discuss_heading: [],
        /// The discussion list's first line.
        room_discuss_lede: [],
        /// When no disagreement changes the verdict.
        room_discuss_none: [],
        /// One answer of a discussed question (`answer`, `participants`: "2 participants", `verdict`: the verdict with it).
        room_outcome: ["answer", "participants", "verdict"],
        /// The consensus heading.
        room_consensus_heading: [],
        /// The consensus (`verdict`: its label, `participants`).
        room_consensus_text: ["verdict", "participants"],
        /// The button that opens the consensus.
        room_open_consensus: [],
        /// The prompt before the consensus replaces answers (`participants`).
        offer_workshop: ["participants"],
        /// Its button.
        offer_workshop_accept: [],
        /// After the consensus opened (`participants`).
        opened_workshop: ["participants"],
        /// The check page: the hand-in card's heading.
        handin_heading: [],
        /// The hand-in card's text.
        handin_text: [],
        /// The nickname field's label.
        handin_nickname: [],
        /// Under the nickname (`max`).
        handin_nickname_hint: ["max"],
        /// The code's label.
        handin_code: [],
        /// Copies the code.
        handin_copy_code: [],
        /// The link's label.
        handin_link: [],
        /// Copies the link.
        handin_copy_link: [],
        /// Downloads the hand-in file.
        handin_file: [],
        /// After a copy.
        handin_copied: [],
        /// When copying was refused.
        handin_not_copied: [],
    }
}

templates! {
    /// The glossary: each term the wizard and the results use, with what it means ("What the
    /// words mean" on each step).
    TermTexts "terms" {
        /// The term “Monolith”, and what it means.
        monolith: [],
        monolith_means: [],
        /// The term “Modular monolith”, and what it means.
        modular_monolith: [],
        modular_monolith_means: [],
        /// The term “Service”, and what it means.
        service: [],
        service_means: [],
        /// The term “Microservices”, and what it means.
        microservices: [],
        microservices_means: [],
        /// The term “Deployable”, and what it means.
        deployable: [],
        deployable_means: [],
        /// The term “Going distributed”, and what it means.
        going_distributed: [],
        going_distributed_means: [],
        /// The term “Product–market fit”, and what it means.
        product_market_fit: [],
        product_market_fit_means: [],
        /// The term “Service boundary”, and what it means.
        service_boundary: [],
        service_boundary_means: [],
        /// The term “Availability target”, and what it means.
        availability_target: [],
        availability_target_means: [],
        /// The term “Runtime”, and what it means.
        runtime: [],
        runtime_means: [],
        /// The term “JVM”, and what it means.
        jvm: [],
        jvm_means: [],
        /// The term “Transaction”, and what it means.
        transaction: [],
        transaction_means: [],
        /// The term “Eventual consistency”, and what it means.
        eventual_consistency: [],
        eventual_consistency_means: [],
        /// The term “Saga”, and what it means.
        saga: [],
        saga_means: [],
        /// The term “Outbox”, and what it means.
        outbox: [],
        outbox_means: [],
        /// The term “SRE”, and what it means.
        sre: [],
        sre_means: [],
        /// The term “DevOps”, and what it means.
        devops: [],
        devops_means: [],
        /// The term “Platform engineers”, and what it means.
        platform_engineers: [],
        platform_engineers_means: [],
        /// The term “Module, bounded context”, and what it means.
        module_bounded_context: [],
        module_bounded_context_means: [],
        /// The term “Dependency”, and what it means.
        dependency: [],
        dependency_means: [],
        /// The term “Synchronous call”, and what it means.
        synchronous_call: [],
        synchronous_call_means: [],
        /// The term “Asynchronous event”, and what it means.
        asynchronous_event: [],
        asynchronous_event_means: [],
        /// The term “Shared tables”, and what it means.
        shared_tables: [],
        shared_tables_means: [],
        /// The term “Relative load”, and what it means.
        relative_load: [],
        relative_load_means: [],
        /// The term “Resource profile”, and what it means.
        resource_profile: [],
        resource_profile_means: [],
        /// The term “Core domain”, and what it means.
        core_domain: [],
        core_domain_means: [],
        /// The term “Need and readiness”, and what it means.
        need_and_readiness: [],
        need_and_readiness_means: [],
        /// The term “Split trigger”, and what it means.
        split_trigger: [],
        split_trigger_means: [],
        /// The term “Blocker”, and what it means.
        blocker: [],
        blocker_means: [],
        /// The term “Hard rule”, and what it means.
        hard_rule: [],
        hard_rule_means: [],
        /// The term “First wave, target, ceiling”, and what it means.
        first_wave_target_ceiling: [],
        first_wave_target_ceiling_means: [],
        /// The term “Cluster”, and what it means.
        cluster: [],
        cluster_means: [],
        /// The term “Wave”, and what it means.
        wave: [],
        wave_means: [],
        /// The term “Hop”, and what it means.
        hop: [],
        hop_means: [],
        /// The term “Strangler pattern”, and what it means.
        strangler_pattern: [],
        strangler_pattern_means: [],
        /// The glossary's summary line.
        heading: [],
    }
}

templates! {
    /// The decision record's own words: headings, labels and the sentences between the
    /// engine's (`seams-formats`' report).
    RecordTexts "record" {
        /// The record's title (`verdict`: its label).
        title: ["verdict"],
        /// Brief label: the decision.
        brief_decision: [],
        /// Brief label: the services.
        brief_services: [],
        /// Brief label: the plan.
        brief_plan: [],
        /// Brief label: the biggest risk.
        brief_risk: [],
        /// Brief label: the nearest flip.
        brief_flip: [],
        /// Brief label: the confidence.
        brief_confidence: [],
        /// No answer change flips the verdict.
        no_flip: [],
        /// Label: the link back to the live result.
        live: [],
        /// Label: the record's status.
        status: [],
        /// The status of a new record.
        proposed: [],
        /// Label: the record's date.
        date: [],
        /// Label: what prepared the record.
        prepared: [],
        /// What prepared the record.
        prepared_value: [],
        /// Label: the rubric.
        rubric: [],
        /// The rubric and its hash (`rubric`: its label, `sha`: the full hash).
        rubric_value: ["rubric", "sha"],
        /// Heading: how a workshop decided.
        how_heading: [],
        /// Its first line (`participants`: "5 participants").
        how_lede: ["participants"],
        /// Heading: the participants and their own verdicts.
        how_participants: [],
        /// Heading: the questions the room answered differently.
        how_spread: [],
        /// When the room answered every question alike.
        how_agreed: [],
        /// Heading: the answers the facilitator chose instead of the middle one.
        how_overrides: [],
        /// One of them (`question`, `answer`, `middle`: the room's middle answer, `note`).
        how_override: ["question", "answer", "middle", "note"],
        /// Heading: the questions whose disagreement changes the verdict.
        how_discussed: [],
        /// Heading: the context.
        context: [],
        /// Context: engineers.
        engineers: [],
        /// Context: teams.
        teams: [],
        /// Context: the product stage.
        stage: [],
        /// Context: daily requests.
        traffic: [],
        /// Context: the current architecture.
        architecture: [],
        /// Context: services running today.
        services_today: [],
        /// Context: the capabilities in place.
        capabilities: [],
        /// No capability in place.
        none_recorded: [],
        /// Context: the operations headcount.
        ops: [],
        /// An answer not given.
        not_answered: [],
        /// Context: the domain map.
        map: [],
        /// No domain map.
        map_none: [],
        /// The domain map (`modules`: "6 modules", `names`: their names, `dependencies`: "5 dependencies").
        map_value: ["modules", "names", "dependencies"],
        /// Need and readiness (`need`, `readiness`: numbers, `region`: the quadrant's label, `explanation`: its sentence).
        position: ["need", "readiness", "region", "explanation"],
        /// Nothing answered.
        no_answers: [],
        /// Heading: the decision drivers.
        drivers: [],
        /// Label: a distributed-monolith signal.
        signal: [],
        /// No check holds.
        nothing_holds: [],
        /// Label: a split trigger.
        trigger: [],
        /// Label: a reason not to break.
        blocker: [],
        /// Heading: the options.
        options: [],
        /// The chosen option.
        chosen: [],
        /// An option decided by its own rule (`what`: one of the next three, with the rule that rules it out in brackets).
        own_rule: ["what"],
        /// Keeping the services applies.
        all_kept: [],
        /// A consolidation applies (`share`: a number).
        merge_share: ["share"],
        /// An option that does not apply.
        does_not_apply: [],
        /// An option's fit (`fit`: "62/100").
        fit: ["fit"],
        /// An option ruled out (`rule`: the rule).
        ruled_out: ["rule"],
        /// Label: a pro.
        pro: [],
        /// Label: a con.
        con: [],
        /// Heading: the decision.
        decision: [],
        /// The lead and the confidence (`lead`: the verdict's lead, `level`: capitalised, `score`: a number).
        confidence: ["lead", "level", "score"],
        /// Label: a caveat.
        caveat: [],
        /// Heading: the consequences.
        consequences: [],
        /// After the counts, without a map.
        estimated: [],
        /// The counts when the verdict stays (`ceiling`: a number, `estimated`: the text above or nothing).
        counts_stay: ["ceiling", "estimated"],
        /// The counts when nothing on the map can leave the core (`estimated`: as above).
        counts_stay_stuck: ["estimated"],
        /// The counts when a single service beside the system is the most it could run.
        counts_stay_one: ["estimated"],
        /// The counts of services that run (`today`, `keep`: numbers).
        counts_estate: ["today", "keep", "estimated"],
        /// The counts of an extraction (numbers).
        counts_extract: ["first_wave", "target", "ceiling", "estimated"],
        /// Column: a bound.
        bound: [],
        /// Column: its limit.
        limit: [],
        /// Column: why.
        why: [],
        /// The merges, in order.
        merge_list: [],
        /// The candidates, in order.
        candidates: [],
        /// A merge's round (`n`: a number).
        round: ["n"],
        /// A candidate's wave (`n`: a number).
        wave: ["n"],
        /// The costs' heading (`basis`: how to read the columns).
        costs: ["basis"],
        /// Column: a cost category.
        category: [],
        /// Heading: the decision matrix.
        matrix: [],
        /// Column: the dimension.
        dimension: [],
        /// Column: the stay end.
        stay: [],
        /// Column: the split end.
        split: [],
        /// Column: the team's position.
        our_position: [],
        /// Column: the team's answer.
        our_answer: [],
        /// Heading: the checks.
        checks: [],
        /// Column: the kind of check.
        kind: [],
        /// Column: the check.
        check: [],
        /// Column: its status.
        check_status: [],
        /// Column: its evidence.
        evidence: [],
        /// Heading: the plan.
        plan: [],
        /// The plan's summary and length (`months`: "6–9 months").
        total: ["summary", "months"],
        /// Label: a plan risk.
        risk: [],
        /// Column: the phase.
        phase: [],
        /// Column: its duration.
        duration: [],
        /// Column: when.
        when: [],
        /// Column: the services.
        services: [],
        /// A phase's activities.
        activities: [],
        /// A phase's exit criteria.
        exit: [],
        /// A phase's risks.
        risks: [],
        /// Heading: the pitfalls.
        pitfalls: [],
        /// No pitfall.
        no_pitfalls: [],
        /// Heading: when to revisit.
        revisit: [],
        /// When no revisit condition applies.
        revisit_default: [],
        /// Heading: the flips.
        flips: [],
        /// One flip (`question`, `from`, `to`: words, `verdict`: its label).
        flip: ["question", "from", "to", "verdict"],
        /// Heading: the stack advice.
        advice: [],
        /// Heading: the sources.
        sources: [],
    }
}

/// Every text the engine writes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Texts {
    /// The small words of lists, ranges, quotes and units.
    pub words: Box<Words>,
    /// Counted nouns.
    pub nouns: Box<Nouns>,
    /// Words that agree with a count.
    pub verbs: Box<Verbs>,
    /// Numbers in words, by value ("one" at index 1); an empty or missing entry is written in
    /// digits.
    pub numbers: Vec<String>,
    /// The confidence levels.
    pub confidence: Box<ConfidenceTexts>,
    /// Each section's finding.
    pub findings: Box<FindingTexts>,
    /// The decision brief.
    pub brief: Box<BriefTexts>,
    /// The verdict's caveats, reasons and lead.
    pub evaluation: Box<EvaluationTexts>,
    /// The service count.
    pub services: Box<ServiceTexts>,
    /// The rules that rule a verdict out.
    pub verdict: Box<VerdictTexts>,
    /// The pitfalls' subjects.
    pub pitfalls: Box<PitfallTexts>,
    /// The answers' caveats.
    pub assess: Box<AssessTexts>,
    /// The decision matrix's answers.
    pub matrix: Box<MatrixTexts>,
    /// The flips' questions.
    pub sensitivity: Box<SensitivityTexts>,
    /// Dates.
    pub calendar: Box<CalendarTexts>,
    /// The month names, January first; a missing one is written as its number.
    pub months: Vec<String>,
    /// The words for the domain map's values.
    pub labels: Box<LabelTexts>,
    /// The phased plan.
    pub plan: Box<PlanTexts>,
    /// The checks' evidence.
    pub checks: Box<CheckTexts>,
    /// The costs.
    pub costs: Box<CostTexts>,
    /// What the domain map check left out.
    pub domain: Box<DomainTexts>,
    /// The decision record's own words.
    pub record: Box<RecordTexts>,
    /// The results page's own words.
    pub page: Box<PageTexts>,
    /// The wizard's own words.
    pub wizard: Box<WizardTexts>,
    /// The glossary.
    pub terms: Box<TermTexts>,
}

impl Texts {
    fn entries(&self) -> Vec<Entry<'_>> {
        let mut out = Vec::new();
        self.words.entries(&mut out);
        self.confidence.entries(&mut out);
        self.findings.entries(&mut out);
        self.brief.entries(&mut out);
        self.evaluation.entries(&mut out);
        self.services.entries(&mut out);
        self.verdict.entries(&mut out);
        self.pitfalls.entries(&mut out);
        self.assess.entries(&mut out);
        self.matrix.entries(&mut out);
        self.sensitivity.entries(&mut out);
        self.calendar.entries(&mut out);
        self.labels.entries(&mut out);
        self.plan.entries(&mut out);
        self.checks.entries(&mut out);
        self.costs.entries(&mut out);
        self.domain.entries(&mut out);
        self.record.entries(&mut out);
        self.page.entries(&mut out);
        self.wizard.entries(&mut out);
        self.terms.entries(&mut out);
        out
    }

    /// Every template's path in the rubric's JSON ("findings.domain") with the slots it may
    /// use.
    pub fn allowed_slots() -> Vec<(&'static str, &'static [&'static str])> {
        Texts::default().entries().iter().map(|e| (e.path, e.slots)).collect()
    }

    /// Every template that names a slot it does not have, as (path, message).
    pub fn problems(&self) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for e in self.entries() {
            for slot in e.template.slots() {
                if !e.slots.contains(&slot) {
                    let allowed = if e.slots.is_empty() {
                        "it has no slots".to_string()
                    } else {
                        format!("it may use {{{}}}", e.slots.join("}, {"))
                    };
                    out.push((
                        e.path.to_string(),
                        format!(
                            "names the slot {{{slot}}}, which this text does not have; {allowed}."
                        ),
                    ));
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn render_fills_slots_keeps_unknown_ones_and_reads_doubled_braces_as_braces() {
        let t = Template::new("{a} and {a}, {b}; {missing} {{a}} }} {");
        assert_eq!(t.render(&[("a", "x"), ("b", "{y}")]), "x and x, {y}; {missing} {a} } {");
        assert_eq!(t.slots(), ["a", "a", "b", "missing"]);
        assert_eq!(Template::new("{} {a b} {9}").render(&[("9", "nine")]), "{} {a b} nine");
        assert_eq!(Template::new("ünïcode {é}{x}").render(&[("x", "–")]), "ünïcode {é}–");
        assert_eq!(Template::new("").render(&[("a", "x")]), "");
        assert_eq!(Template::new("{a").render(&[("a", "x")]), "{a");
    }

    /// The template paths of the texts as JSON, nouns, verbs and numbers apart.
    fn template_paths(v: &serde_json::Value, path: &str, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(_) => out.push(path.to_string()),
            serde_json::Value::Object(map) => {
                for (k, x) in map {
                    if path.is_empty()
                        && matches!(k.as_str(), "nouns" | "verbs" | "numbers" | "months")
                    {
                        continue;
                    }
                    let inner = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
                    template_paths(x, &inner, out);
                }
            }
            _ => out.push(format!("{path} (not a template)")),
        }
    }

    #[test]
    fn every_template_has_its_allowed_slots_and_the_standard_ones_use_only_those() {
        let mut paths = Vec::new();
        template_paths(&serde_json::to_value(Texts::default()).unwrap(), "", &mut paths);
        let mut listed: Vec<String> =
            Texts::allowed_slots().iter().map(|(p, _)| p.to_string()).collect();
        paths.sort();
        listed.sort();
        assert_eq!(paths, listed, "a text without its allowed slots (add it to Texts::entries)");
        assert_eq!(Texts::default().problems(), Vec::<(String, String)>::new());
    }

    #[test]
    fn every_allowed_slot_is_used_by_the_standard_text() {
        // A slot no standard text uses is a slot the engine may not fill: a rubric naming it
        // would print it as written.
        for e in Texts::default().entries() {
            let used = e.template.slots();
            for slot in e.slots {
                assert!(used.contains(slot), "{} never uses {{{slot}}}", e.path);
            }
        }
    }
}
