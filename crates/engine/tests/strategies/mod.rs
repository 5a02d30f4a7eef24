//! Proptest strategies for arbitrary, often absurd, answers, shared by the property tests.
//!
//! They generate every kind of input the UI, a tampered link or a hostile file could hand the
//! engine: missing answers, unknown option ids, zero and `u32::MAX` counts, up to 40 modules
//! with duplicate ids, and dependencies that dangle, loop onto themselves or repeat.
#![allow(dead_code)]

use proptest::prelude::*;
use seams_engine::order::SortedMap;
use seams_engine::*;

pub fn count() -> impl Strategy<Value = Option<u32>> {
    prop_oneof![
        2 => Just(None),
        5 => (0u32..120).prop_map(Some),
        1 => any::<u32>().prop_map(Some),
    ]
}

pub fn pick<T: Copy + std::fmt::Debug + 'static>(all: &'static [T]) -> impl Strategy<Value = T> {
    prop::sample::select(all)
}

pub fn maybe<T: Copy + std::fmt::Debug + 'static>(
    all: &'static [T],
) -> impl Strategy<Value = Option<T>> {
    prop::option::of(pick(all))
}

pub fn factors() -> impl Strategy<Value = SortedMap<FactorId, String>> {
    // Per factor: unanswered, one of its options (index), or an unknown id.
    prop::collection::vec(prop::option::of(0usize..6), FactorId::ALL.len()).prop_map(|picks| {
        let cat = Catalogue::standard();
        let mut out = SortedMap::new();
        for (f, p) in FactorId::ALL.iter().zip(picks) {
            if let Some(i) = p {
                let id = cat
                    .factor(*f)
                    .and_then(|d| d.options.get(i))
                    .map(|o| o.id.clone())
                    .unwrap_or_else(|| "no-such-option".to_string());
                out.insert(*f, id);
            }
        }
        out
    })
}

pub fn readiness() -> impl Strategy<Value = Readiness> {
    (prop::collection::vec(prop::option::of(any::<bool>()), Capability::ALL.len()), count())
        .prop_map(|(flags, ops_headcount)| Readiness {
            capabilities: Capability::ALL
                .iter()
                .zip(flags)
                .filter_map(|(c, f)| f.map(|f| (*c, f)))
                .collect(),
            ops_headcount,
        })
}

pub fn module() -> impl Strategy<Value = Module> {
    (
        0u32..50,
        prop_oneof![
            Just(String::new()),
            "[a-zA-Z ]{1,12}",
            Just("auth".to_string()),
            Just("Search".to_string())
        ],
        prop_oneof![4 => 0u32..30, 1 => any::<u32>()],
        pick(&AvailabilityTarget::ALL),
        pick(&Cadence::ALL),
        prop::option::of(prop_oneof![
            Just(String::new()),
            Just("a".to_string()),
            Just("b".to_string()),
            Just("c".to_string())
        ]),
        pick(&ResourceProfile::ALL),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(id, name, load, availability, cadence, team, resource, core, runs_apart)| Module {
                id,
                name,
                load,
                availability,
                cadence,
                team,
                resource,
                core,
                runs_apart,
            },
        )
}

pub fn dep_kind() -> impl Strategy<Value = DepKind> {
    prop_oneof![
        3 => Just(DepKind::Sync),
        1 => Just(DepKind::Async),
        1 => any::<bool>().prop_map(|shared_writes| DepKind::SharedTables { shared_writes }),
    ]
}

/// A dependency's counted imports: mostly none (typed by hand), else few, many or absurd.
pub fn imports() -> impl Strategy<Value = u32> {
    prop_oneof![
        4 => Just(0u32),
        2 => 1u32..4,
        1 => 4u32..200,
        1 => any::<u32>(),
    ]
}

pub fn domain() -> impl Strategy<Value = DomainMap> {
    prop_oneof![
        1 => Just(DomainMap::default()),
        3 => (
            prop::collection::vec(module(), 0..40),
            prop::collection::vec((0u32..55, 0u32..55, dep_kind(), imports()), 0..120),
        )
            .prop_map(|(modules, deps)| DomainMap {
                modules,
                dependencies: deps
                    .into_iter()
                    .map(|(from, to, kind, imports)| Dependency { from, to, kind, imports })
                    .collect(),
            }),
    ]
}

pub fn answers() -> impl Strategy<Value = Answers> {
    (
        (count(), count(), maybe(&ProductStage::ALL), maybe(&TrafficBand::ALL)),
        (maybe(&CurrentArchitecture::ALL), maybe(&Stack::ALL), count()),
        factors(),
        readiness(),
        domain(),
        prop::option::of(
            (any::<i32>(), any::<u8>()).prop_map(|(year, month)| YearMonth { year, month }),
        ),
    )
        .prop_map(
            |(
                (engineers, teams, stage, daily_requests),
                (architecture, stack, services_today),
                factors,
                readiness,
                domain,
                plan_start,
            )| Answers {
                context: Context {
                    engineers,
                    teams,
                    stage,
                    daily_requests,
                    architecture,
                    stack,
                    services_today,
                },
                factors,
                readiness,
                domain,
                plan_start,
            },
        )
}

/// Every string the evaluation shows, with the path it sits at.
pub fn strings(v: &serde_json::Value, path: &str, out: &mut Vec<(String, String)>) {
    match v {
        serde_json::Value::String(s) => out.push((path.to_string(), s.clone())),
        serde_json::Value::Array(items) => {
            for (i, x) in items.iter().enumerate() {
                strings(x, &format!("{path}[{i}]"), out);
            }
        }
        serde_json::Value::Object(map) => {
            for (k, x) in map {
                strings(x, &format!("{path}.{k}"), out);
            }
        }
        _ => {}
    }
}
