//! From answers to numbers: the need score, the readiness score, the split triggers, the
//! reasons not to break, the growth signal and the hot spot.
//!
//! This is the cheap half of the engine. [`Inputs`] is the small, normalised part of the
//! answers (context, chosen option indices, capabilities); [`MapHints`] is what the domain
//! map contributes, computed once. [`assess`] combines the two without touching the map
//! again, so the sensitivity analysis can re-run it dozens of times for the cost of a few
//! table look-ups.
//!
//! The domain map speaks through the same options a person would choose: a module with ten
//! times the median load "implies" the first scaling option that raises the scaling trigger,
//! and so on. The effective choice of a factor is the further-along of the answer and the
//! map's implied option, so evidence from either side is never lost and a more split-prone
//! answer can never lower the need.

use super::answers::{
    Answers, AvailabilityTarget, Cadence, Capability, CurrentArchitecture, FactorId, ProductStage,
    ResourceProfile, TrafficBand,
};
use super::catalogue::{
    band_index, safe_weight, unit, BlockerId, Catalogue, FactorOption, Position, TriggerId,
};
use super::domain::{Map, Structure, UnitProfile};
use super::order::SortedMap;

/// The normalised, cheap-to-clone part of the answers.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Inputs {
    pub engineers: Option<u32>,
    pub teams: Option<u32>,
    pub stage: Option<ProductStage>,
    pub traffic: Option<TrafficBand>,
    /// Answered factors as option indices into the catalogue (unknown ids dropped).
    pub choices: SortedMap<FactorId, usize>,
    pub capabilities: SortedMap<Capability, bool>,
    pub ops: Option<u32>,
    pub architecture: Option<CurrentArchitecture>,
    /// Services running today; `None` unless the architecture runs services.
    pub services_today: Option<u32>,
}

impl Inputs {
    /// Normalises the answers; returns the caveats about what was ignored or adjusted.
    pub(crate) fn from_answers(answers: &Answers, cat: &Catalogue) -> (Inputs, Vec<String>) {
        let mut caveats = Vec::new();
        let c = &answers.context;
        let w = &cat.texts.assess;
        let engineers = match c.engineers {
            Some(0) => {
                caveats.push(w.engineers_zero.render(&[]));
                Some(1)
            }
            other => other,
        };
        let teams = match c.teams {
            Some(0) => {
                caveats.push(w.teams_zero.render(&[]));
                Some(1)
            }
            other => other,
        };
        if let (Some(e), Some(t)) = (engineers, teams) {
            if t > e {
                caveats.push(w.more_teams.render(&[
                    ("teams", &t.to_string()),
                    ("engineers", &e.to_string()),
                    ("read", &cat.texts.nouns.team.count(e)),
                ]));
            }
        }
        // Services counted for a system answered as one deployable (or as not built): they are
        // left out, and the page says so rather than dropping them silently.
        if let (Some(n), Some(a)) = (c.services_today.filter(|&n| n > 0), c.architecture) {
            if !a.runs_services() {
                caveats.push(
                    w.services_ignored.render(&[("services", &cat.texts.nouns.service.count(n))]),
                );
            }
        }
        let mut choices = SortedMap::new();
        for (factor, option) in &answers.factors {
            match cat.factor(*factor) {
                Some(def) => match def.options.iter().position(|o| o.id == *option) {
                    Some(i) => {
                        choices.insert(*factor, i);
                    }
                    None => caveats.push(w.unknown_option.render(&[
                        ("answer", &option.chars().take(40).collect::<String>()),
                        ("question", &def.dimension),
                    ])),
                },
                None => caveats.push(w.unknown_factor.render(&[("factor", factor.as_str())])),
            }
        }
        let inputs = Inputs {
            engineers,
            teams,
            stage: c.stage,
            traffic: c.daily_requests,
            choices,
            capabilities: answers.readiness.capabilities.clone(),
            ops: answers.readiness.ops_headcount,
            architecture: c.architecture,
            services_today: c
                .services_today
                .filter(|_| c.architecture.is_some_and(|a| a.runs_services())),
        };
        (inputs, caveats)
    }

    /// Share of the key questions answered, 0 to 1: engineers, teams, stage, traffic, each
    /// factor in the catalogue, capabilities (any answered), operations headcount.
    pub(crate) fn completeness(&self, cat: &Catalogue) -> f64 {
        let factors = cat.factors.len();
        let total = 6 + factors;
        let mut answered = 0usize;
        answered += usize::from(self.engineers.is_some());
        answered += usize::from(self.teams.is_some());
        answered += usize::from(self.stage.is_some());
        answered += usize::from(self.traffic.is_some());
        answered += usize::from(!self.capabilities.is_empty());
        answered += usize::from(self.ops.is_some());
        answered += cat.factors.iter().filter(|f| self.choices.contains_key(&f.id)).count();
        answered as f64 / total as f64
    }

    /// Names of the key questions not answered yet.
    pub(crate) fn missing(&self, cat: &Catalogue) -> Vec<String> {
        let w = &cat.texts.assess;
        let mut out = Vec::new();
        if self.engineers.is_none() {
            out.push(w.missing_engineers.render(&[]));
        }
        if self.teams.is_none() {
            out.push(w.missing_teams.render(&[]));
        }
        if self.stage.is_none() {
            out.push(w.missing_stage.render(&[]));
        }
        if self.traffic.is_none() {
            out.push(w.missing_traffic.render(&[]));
        }
        for f in &cat.factors {
            if !self.choices.contains_key(&f.id) {
                out.push(f.dimension.to_lowercase());
            }
        }
        if self.capabilities.is_empty() {
            out.push(w.missing_capabilities.render(&[]));
        }
        if self.ops.is_none() {
            out.push(w.missing_ops.render(&[]));
        }
        out
    }

    /// Teams: the answer, else the distinct owners on the map, else an estimate from the
    /// engineers; never more teams than engineers, since a team needs at least one person. The
    /// flag says whether it was estimated.
    pub(crate) fn team_count(&self, map_teams: u32, cat: &Catalogue) -> (u32, bool) {
        let cap = |t: u32| match self.engineers {
            Some(e) => t.min(e.max(1)),
            None => t,
        };
        // The answer is the organisation's own count: owners on a map may be areas or
        // sub-teams, so more of them only raise a caveat.
        if let Some(t) = self.teams {
            return (cap(t.max(1)), false);
        }
        if map_teams > 0 {
            return (cap(map_teams), false);
        }
        let per = cat.thresholds.engineers_per_team.max(1);
        match self.engineers {
            Some(e) => (e.div_ceil(per).max(1), true),
            None => (1, true),
        }
    }

    /// Operations headcount: the answer, else an estimate from the engineers.
    pub(crate) fn ops_count(&self, cat: &Catalogue) -> (u32, bool) {
        match self.ops {
            Some(o) => (o, false),
            None => {
                let per = cat.thresholds.engineers_per_ops.max(1);
                (self.engineers.map(|e| (e / per).max(1)).unwrap_or(1), true)
            }
        }
    }
}

/// A piece of evidence from the domain map.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum MapEvidence {
    HotLoad {
        module: String,
        ratio: f64,
    },
    EvenLoad {
        max_ratio: f64,
    },
    AvailabilitySpread {
        low: AvailabilityTarget,
        high: AvailabilityTarget,
    },
    OneAvailability {
        target: AvailabilityTarget,
    },
    CadenceSpread {
        fast: Cadence,
        slow: Cadence,
    },
    OneCadence {
        cadence: Cadence,
    },
    Heavy {
        module: String,
        profile: ResourceProfile,
    },
    /// The busiest module already runs on its own; the monolith's modules are not so busy.
    BusiestApart {
        module: String,
    },
    /// The heavy module already runs on its own; none in the monolith is.
    HeavyApart {
        module: String,
    },
}

impl MapEvidence {
    /// The answer spoke of a part that already runs on its own.
    pub(crate) fn answered_by_running_service(&self) -> bool {
        matches!(self, MapEvidence::BusiestApart { .. } | MapEvidence::HeavyApart { .. })
    }
}

/// What the domain map says, per factor, computed once per evaluation.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct MapHints {
    /// The option each factor would have if only the map were read.
    pub implied: SortedMap<FactorId, (usize, MapEvidence)>,
    /// Distinct owning teams on the map.
    pub teams: u32,
    /// The coupling cluster of each module (node index).
    pub unit_of: Vec<usize>,
    /// For each trigger (by [`TriggerId::index`]), the modules the map shows as the part it
    /// concerns: the hot modules, the ones whose availability or cadence differ from the rest.
    /// Empty when the map cannot tell (no map, or a trigger that is about the whole
    /// organisation or about a runtime the map does not record).
    pub trigger_nodes: [Vec<usize>; 5],
    /// Module names, by node index, for the words.
    pub names: Vec<String>,
    /// Clusters outside the core that diverge from the rest (load, availability, cadence,
    /// resources): what a migration could extract for a technical reason.
    pub divergent_units: u32,
    /// Clusters outside the core that diverge, or that a team apart from the core owns: what a
    /// migration driven by the organisation's size could extract.
    pub apart_units: u32,
    /// Clusters that can leave while the core stays.
    pub extractable_units: u32,
    /// Coupling clusters on the map.
    pub units: u32,
    /// Clusters that diverge from the rest, core or not.
    pub divergent_any: u32,
    /// True when the map has at least one module.
    pub present: bool,
    /// Modules that already run on their own, beside the monolith.
    pub running: u32,
}

impl MapHints {
    /// The one cluster a trigger points at, when the map shows exactly one.
    pub(crate) fn trigger_unit(&self, id: TriggerId) -> Option<usize> {
        let mut units = self.trigger_nodes[id.index()].iter().filter_map(|&v| self.unit_of.get(v));
        let first = *units.next()?;
        units.all(|&u| u == first).then_some(first)
    }
}

impl MapHints {
    pub(crate) fn new(map: &Map, s: &Structure, cat: &Catalogue) -> MapHints {
        let mut implied = SortedMap::new();
        let n = map.nodes.len();
        let first_raising = |factor: FactorId, trigger: TriggerId| {
            cat.factor(factor)
                .and_then(|f| f.options.iter().position(|o| o.raises_triggers.contains(&trigger)))
        };
        // A module that already runs on its own has had its difference answered: the map is
        // read for the modules still in the monolith (Seams' own).
        let inside = |v: &usize| !map.nodes[*v].apart;
        let hot: Vec<usize> = s.hot.iter().copied().filter(inside).collect();
        if n >= 2 {
            let t = &cat.thresholds;
            // Scaling: a hot module raises the scaling trigger; a flat load says "uniform".
            if let Some(&v) = hot.first() {
                let (v, ratio) = hot
                    .iter()
                    .map(|&h| (h, s.load_ratio.get(h).copied().unwrap_or(0.0)))
                    .fold((v, 0.0), |acc, x| if x.1 > acc.1 { x } else { acc });
                if let Some(i) = first_raising(FactorId::ScalingProfile, TriggerId::ScalingProfiles)
                {
                    implied.insert(
                        FactorId::ScalingProfile,
                        (i, MapEvidence::HotLoad { module: map.nodes[v].name.clone(), ratio }),
                    );
                }
            } else if let Some(&v) = s.hot.first() {
                // Every hot module already runs on its own: the answer that one part is far
                // busier is answered for the monolith, which reads one step calmer.
                if let Some(i) = first_raising(FactorId::ScalingProfile, TriggerId::ScalingProfiles)
                {
                    implied.insert(
                        FactorId::ScalingProfile,
                        (
                            i.saturating_sub(1),
                            MapEvidence::BusiestApart { module: map.nodes[v].name.clone() },
                        ),
                    );
                }
            } else {
                let max_ratio = (0..n)
                    .filter(inside)
                    .filter_map(|v| s.load_ratio.get(v).copied())
                    .fold(0.0, f64::max);
                if max_ratio <= 1.0 {
                    implied
                        .insert(FactorId::ScalingProfile, (0, MapEvidence::EvenLoad { max_ratio }));
                }
            }
            if let Some((low, high)) = s.availability_range {
                // Only a part stricter than the rest presses to split: a part that tolerates
                // less gets more than it needs inside the monolith (Seams' own).
                let stricter = s.availability_usual.is_some_and(|u| high > u);
                if stricter && high.level() - low.level() >= t.availability_spread_levels.max(1) {
                    if let Some(i) =
                        first_raising(FactorId::Availability, TriggerId::ReliabilityRequirements)
                    {
                        implied.insert(
                            FactorId::Availability,
                            (i, MapEvidence::AvailabilitySpread { low, high }),
                        );
                    }
                } else if low == high {
                    implied.insert(
                        FactorId::Availability,
                        (0, MapEvidence::OneAvailability { target: low }),
                    );
                }
            }
            if let Some((fast, slow)) = s.cadence_range {
                if slow.level() - fast.level() >= t.cadence_spread_levels.max(1) {
                    if let Some(i) =
                        first_raising(FactorId::DeploymentCadence, TriggerId::CadenceMismatch)
                    {
                        implied.insert(
                            FactorId::DeploymentCadence,
                            (i, MapEvidence::CadenceSpread { fast, slow }),
                        );
                    }
                } else if fast == slow {
                    implied.insert(
                        FactorId::DeploymentCadence,
                        (0, MapEvidence::OneCadence { cadence: fast }),
                    );
                }
            }
            let hot_option = cat
                .factor(FactorId::ResourceIsolation)
                .and_then(|f| f.options.iter().position(|o| o.hot_spot));
            let heavy_apart =
                || (0..n).find(|&v| map.nodes[v].apart && map.nodes[v].resource.is_heavy());
            let reading = if let Some(&v) = s.heavy.first() {
                hot_option.map(|i| {
                    let (module, profile) = (map.nodes[v].name.clone(), map.nodes[v].resource);
                    (i, MapEvidence::Heavy { module, profile })
                })
            } else {
                // The heavy part already runs on its own: nothing in the monolith starves the
                // rest, so the answer reads one step calmer.
                heavy_apart().zip(hot_option).map(|(v, i)| {
                    let module = map.nodes[v].name.clone();
                    (i.saturating_sub(1), MapEvidence::HeavyApart { module })
                })
            };
            if let Some(r) = reading {
                implied.insert(FactorId::ResourceIsolation, r);
            }
        }
        let mut trigger_nodes: [Vec<usize>; 5] = Default::default();
        if n >= 2 {
            trigger_nodes[TriggerId::ScalingProfiles.index()] = hot.clone();
            // Only the stricter parts: that is what a reliability split protects. A part more
            // tolerant than the rest is served well enough inside the monolith.
            trigger_nodes[TriggerId::ReliabilityRequirements.index()] = (0..n)
                .filter(inside)
                .filter(|&v| s.availability_usual.is_some_and(|u| map.nodes[v].availability > u))
                .collect();
            trigger_nodes[TriggerId::CadenceMismatch.index()] =
                (0..n).filter(inside).filter(|&v| s.cadence_diverges(&map.nodes[v])).collect();
        }
        // Clusters holding a service that runs today are not there to extract.
        let kept = || s.profiles.iter().filter(|p| !p.runs_apart);
        let has_core = s.profiles.iter().any(|p| p.core);
        let outside = kept().filter(|p| !p.core);
        let count = |f: &dyn Fn(&&UnitProfile) -> bool| {
            u32::try_from(kept().filter(|p| !p.core).filter(f).count()).unwrap_or(u32::MAX)
        };
        let extractable = if has_core { outside.count() } else { kept().count().saturating_sub(1) };
        MapHints {
            implied,
            teams: u32::try_from(s.teams.len()).unwrap_or(u32::MAX),
            unit_of: s.unit.clone(),
            trigger_nodes,
            names: map.nodes.iter().map(|m| m.name.clone()).collect(),
            divergent_units: count(&|p| p.diverges()),
            apart_units: count(&|p| p.diverges() || p.owned_apart),
            extractable_units: u32::try_from(extractable).unwrap_or(u32::MAX),
            units: u32::try_from(s.units.len()).unwrap_or(u32::MAX),
            divergent_any: u32::try_from(kept().filter(|p| p.diverges()).count())
                .unwrap_or(u32::MAX),
            present: n > 0,
            running: u32::try_from(s.apart.len()).unwrap_or(u32::MAX),
        }
    }
}

/// Where a piece of trigger or blocker evidence comes from.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Origin {
    Engineers(u32),
    Stage(ProductStage),
    /// A factor's option; `from_map` when the map's implied option was the effective one.
    Factor {
        factor: FactorId,
        option: usize,
        from_map: bool,
    },
    Readiness {
        score: f64,
        missing: Vec<Capability>,
    },
}

/// One piece of evidence for or against a trigger or blocker.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Evidence {
    pub holds: bool,
    pub origin: Origin,
}

/// The effective choice of a factor.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Choice {
    pub option: usize,
    pub from_map: bool,
}

/// The numbers the verdict is made of.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Assessment {
    pub need: f64,
    pub readiness: f64,
    pub growth: f64,
    pub triggers: [Vec<Evidence>; 5],
    pub blockers: [Vec<Evidence>; 5],
    pub trigger_count: u32,
    /// The holding triggers grouped into independent pressures: triggers that all point at the
    /// same single cluster of the domain map are one pressure (isolating that part answers
    /// them all); every other trigger is a pressure of its own.
    pub pressures: Vec<Pressure>,
    pub blocker_count: u32,
    /// The effective option that names the hot spot, if any.
    pub hot_spot: Option<(FactorId, bool)>,
    pub effective: SortedMap<FactorId, Choice>,
    pub missing_essentials: Vec<Capability>,
    pub needs_transactions: bool,
}

/// Holding triggers that one change would answer together.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Pressure {
    /// The triggers, in the article's order.
    pub triggers: Vec<TriggerId>,
    /// The one cluster they point at, when the domain map shows it.
    pub unit: Option<usize>,
}

impl Assessment {
    /// The option in effect for `factor`: the answer, or the map's reading of it.
    pub(crate) fn option<'c>(
        &self,
        factor: FactorId,
        cat: &'c Catalogue,
    ) -> Option<&'c FactorOption> {
        let choice = self.effective.get(&factor)?;
        cat.factor(factor)?.options.get(choice.option)
    }

    /// True when the option in effect for `factor` leans toward splitting.
    pub(crate) fn leans_split(&self, factor: FactorId, cat: &Catalogue) -> bool {
        self.option(factor, cat).is_some_and(|o| o.position == Position::Split)
    }

    pub(crate) fn trigger_holds(&self, id: TriggerId) -> bool {
        self.triggers[id.index()].iter().any(|e| e.holds)
    }

    /// Independent pressures to split: what the "two or more triggers" rule counts.
    pub(crate) fn independent(&self) -> u32 {
        u32::try_from(self.pressures.len()).unwrap_or(u32::MAX)
    }
}

/// Groups the holding triggers into independent pressures.
fn pressures(holding: &[TriggerId], hints: &MapHints) -> Vec<Pressure> {
    let mut out: Vec<Pressure> = Vec::new();
    for &t in holding {
        let unit = if t == TriggerId::OrgSize { None } else { hints.trigger_unit(t) };
        match unit.and_then(|u| out.iter_mut().find(|p| p.unit == Some(u))) {
            Some(p) => p.triggers.push(t),
            None => out.push(Pressure { triggers: vec![t], unit }),
        }
    }
    out
}

/// The cheap core: inputs plus map hints to an assessment.
pub(crate) fn assess(inputs: &Inputs, hints: &MapHints, cat: &Catalogue) -> Assessment {
    let t = &cat.thresholds;
    let mut triggers: [Vec<Evidence>; 5] = Default::default();
    let mut blockers: [Vec<Evidence>; 5] = Default::default();

    // Need: a weighted average, with a prior that stands for "no evidence yet".
    let mut weight_sum = safe_weight(t.need_prior_weight);
    let mut value_sum = weight_sum * unit(t.need_prior_value);
    let mut add = |w: f64, v: f64| {
        let w = safe_weight(w);
        weight_sum += w;
        value_sum += w * unit(v);
    };
    // Growth: the same kind of average, without a prior.
    let mut growth_w = 0.0;
    let mut growth_v = 0.0;

    if let Some(e) = inputs.engineers {
        if let Some(band) =
            band_index(&cat.engineer_bands, e).and_then(|i| cat.engineer_bands.get(i))
        {
            add(cat.engineers_weight, band.need);
            growth_w += safe_weight(cat.engineers_weight);
            growth_v += safe_weight(cat.engineers_weight) * unit(band.growth);
        }
        triggers[TriggerId::OrgSize.index()]
            .push(Evidence { holds: e >= t.org_trigger_at, origin: Origin::Engineers(e) });
        blockers[BlockerId::SmallTeam.index()]
            .push(Evidence { holds: e < t.small_team_below, origin: Origin::Engineers(e) });
    }
    if let Some(teams) = inputs.teams {
        if let Some(band) = band_index(&cat.team_bands, teams).and_then(|i| cat.team_bands.get(i)) {
            add(cat.teams_weight, band.need);
            growth_w += safe_weight(cat.teams_weight);
            growth_v += safe_weight(cat.teams_weight) * unit(band.growth);
        }
    }
    if let Some(stage) = inputs.stage {
        if let Some(def) = cat.stage(stage) {
            add(cat.stage_weight, def.need);
            growth_w += safe_weight(cat.stage_weight);
            growth_v += safe_weight(cat.stage_weight) * unit(def.growth);
            for b in BlockerId::ALL {
                // Evidence both ways only for blockers some stage can raise.
                if cat.stages.iter().any(|s| s.raises_blockers.contains(&b)) {
                    blockers[b.index()].push(Evidence {
                        holds: def.raises_blockers.contains(&b),
                        origin: Origin::Stage(stage),
                    });
                }
            }
        }
    }
    if let Some(band) = inputs.traffic.and_then(|b| cat.traffic_band(b)) {
        add(cat.traffic_weight, band.need);
    }

    // Factors: the effective option is the further-along of the answer and the map.
    let mut effective = SortedMap::new();
    let mut hot_spot = None;
    let mut needs_transactions = false;
    for factor in &cat.factors {
        let answered = inputs.choices.get(&factor.id).copied();
        let reading = hints.implied.get(&factor.id);
        let implied = reading.map(|(i, _)| *i);
        // The map only ever raises an answer (it may leave parts out), except where a part
        // that already runs on its own is what the answer spoke of: then it is answered.
        let lowers = reading.is_some_and(|(_, e)| e.answered_by_running_service());
        let choice = match (answered, implied) {
            (Some(a), Some(m)) if m > a || (lowers && m < a) => {
                Some(Choice { option: m, from_map: true })
            }
            (Some(a), _) => Some(Choice { option: a, from_map: false }),
            (None, Some(m)) => Some(Choice { option: m, from_map: true }),
            (None, None) => None,
        };
        let Some(choice) = choice else { continue };
        let Some(option) = factor.options.get(choice.option) else {
            continue;
        };
        effective.insert(factor.id, choice);
        add(factor.weight, option.need);
        if option.hot_spot && hot_spot.is_none() {
            hot_spot = Some((factor.id, choice.from_map));
        }
        needs_transactions |= option.needs_transactions;
        let origin =
            Origin::Factor { factor: factor.id, option: choice.option, from_map: choice.from_map };
        for trig in TriggerId::ALL {
            if factor.options.iter().any(|o| o.raises_triggers.contains(&trig)) {
                triggers[trig.index()].push(Evidence {
                    holds: option.raises_triggers.contains(&trig),
                    origin: origin.clone(),
                });
            }
        }
        for b in BlockerId::ALL {
            if factor.options.iter().any(|o| o.raises_blockers.contains(&b)) {
                blockers[b.index()].push(Evidence {
                    holds: option.raises_blockers.contains(&b),
                    origin: origin.clone(),
                });
            }
        }
    }

    // Readiness: weighted capabilities plus operations headcount, capped by missing
    // essentials.
    let total: f64 = cat.capabilities.iter().map(|c| safe_weight(c.weight)).sum();
    let have: f64 = cat
        .capabilities
        .iter()
        .filter(|c| inputs.capabilities.get(&c.capability) == Some(&true))
        .map(|c| safe_weight(c.weight))
        .sum();
    let cap_score = if total > 0.0 { unit(have / total) } else { 0.0 };
    let ops_score = match inputs.ops {
        Some(o) => unit(f64::from(o) / f64::from(t.ops_full_at.max(1))),
        None => 0.0,
    };
    let share = unit(t.capability_share);
    let raw = share * cap_score + (1.0 - share) * ops_score;
    let missing_essentials: Vec<_> = cat
        .capabilities
        .iter()
        .filter(|c| c.essential && inputs.capabilities.get(&c.capability) != Some(&true))
        .map(|c| c.capability)
        .collect();
    let cap = if t.essential_caps.is_empty() {
        1.0
    } else {
        let i = missing_essentials.len().min(t.essential_caps.len() - 1);
        unit(t.essential_caps.get(i).copied().unwrap_or(100.0) / 100.0)
    };
    let readiness = 100.0 * raw.min(cap);
    if !inputs.capabilities.is_empty() || inputs.ops.is_some() {
        blockers[BlockerId::LimitedDevOps.index()].push(Evidence {
            holds: !missing_essentials.is_empty() || readiness < t.devops_blocker_below,
            origin: Origin::Readiness { score: readiness, missing: missing_essentials.clone() },
        });
    }

    let trigger_count = triggers.iter().filter(|ev| ev.iter().any(|e| e.holds)).count() as u32;
    let holding: Vec<TriggerId> = TriggerId::ALL
        .iter()
        .copied()
        .filter(|t| triggers[t.index()].iter().any(|e| e.holds))
        .collect();
    let pressures = pressures(&holding, hints);
    let blocker_count = blockers.iter().filter(|ev| ev.iter().any(|e| e.holds)).count() as u32;

    let average = if weight_sum > 0.0 { value_sum / weight_sum } else { 0.0 };
    // The curve counts independent pressures: three triggers that all point at one module are
    // one reason to isolate it, not three reasons to migrate.
    let independent = pressures.len();
    let curve = if t.trigger_curve.is_empty() {
        independent as f64 / 5.0
    } else {
        let i = independent.min(t.trigger_curve.len() - 1);
        t.trigger_curve.get(i).copied().unwrap_or(0.0)
    };
    let s = unit(t.trigger_share_of_need);
    let need = 100.0 * unit((1.0 - s) * unit(average) + s * unit(curve));
    let growth = if growth_w > 0.0 { unit(growth_v / growth_w) } else { 0.0 };

    Assessment {
        need,
        readiness: readiness.clamp(0.0, 100.0),
        growth,
        triggers,
        blockers,
        trigger_count,
        pressures,
        blocker_count,
        hot_spot,
        effective,
        missing_essentials,
        needs_transactions,
    }
}
