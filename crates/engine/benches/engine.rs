//! Benchmark of the full decision engine on synthetic domain maps.
//!
//! Builds deterministic maps of 10, 100 and 1000 modules (about three dependencies per
//! module, mixed kinds, random targets so cycles and long chains occur), runs the complete
//! `evaluate` (sensitivity included) many times each, and prints the median and worst time
//! per size as a Markdown table. The budget is 50 ms for 1000 modules in a release build.
//!
//! Run with `cargo bench --bench engine`. Only `std::time::Instant`: no harness, no crate.

use seams_engine::*;
use std::hint::black_box;
use std::time::Instant;

/// A small linear congruential generator: deterministic, dependency-free.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 =
            self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

const NAMES: [&str; 12] = [
    "auth",
    "search",
    "notifications",
    "billing",
    "catalog",
    "orders",
    "inventory",
    "reports",
    "profiles",
    "pricing",
    "shipping",
    "media",
];

fn synthetic(n: u32, seed: u64) -> Answers {
    let mut rng = Lcg(seed);
    let teams = n / 8 + 1;
    let modules = (0..n)
        .map(|i| {
            let load = if rng.below(20) == 0 {
                40 + rng.below(40) as u32
            } else {
                1 + rng.below(5) as u32
            };
            Module {
                id: 1000 + i,
                name: format!("{}-{i}", NAMES[(i as usize) % NAMES.len()]),
                load,
                availability: AvailabilityTarget::ALL[rng.below(4) as usize],
                cadence: Cadence::ALL[rng.below(4) as usize],
                team: (rng.below(15) != 0).then(|| format!("team-{}", rng.below(u64::from(teams)))),
                resource: ResourceProfile::ALL
                    [if rng.below(6) == 0 { 1 + rng.below(3) as usize } else { 0 }],
                core: rng.below(20) == 0,
                runs_apart: false,
            }
        })
        .collect();
    let mut dependencies = Vec::new();
    for i in 0..n {
        for _ in 0..3 {
            let to = rng.below(u64::from(n)) as u32;
            let kind = match rng.below(20) {
                0..=11 => DepKind::Sync,
                12..=16 => DepKind::Async,
                17 | 18 => DepKind::SharedTables { shared_writes: false },
                _ => DepKind::SharedTables { shared_writes: true },
            };
            dependencies.push(Dependency { from: 1000 + i, to: 1000 + to, kind, imports: 0 });
        }
    }
    let mut answers = Answers {
        context: Context {
            engineers: Some(n.max(12)),
            teams: Some(teams),
            stage: Some(ProductStage::GrowingStable),
            daily_requests: Some(TrafficBand::Under10M),
            architecture: Some(CurrentArchitecture::Monolith),
            stack: Some(Stack::Python),
            services_today: None,
        },
        readiness: Readiness::only(&[
            Capability::CiCd,
            Capability::Containers,
            Capability::CentralLogging,
            Capability::Metrics,
            Capability::Tracing,
            Capability::OnCall,
        ]),
        domain: DomainMap { modules, dependencies },
        plan_start: Some(YearMonth { year: 2026, month: 7 }),
        ..Answers::default()
    }
    .with_factor(FactorId::DomainStability, "stable")
    .with_factor(FactorId::Availability, "different")
    .with_factor(FactorId::DeploymentCadence, "some_variation")
    .with_factor(FactorId::DataConsistency, "some_transactions");
    answers.readiness.ops_headcount = Some(4);
    answers
}

fn main() {
    // `cargo bench` passes "--bench"; a plain run may pass a filter. Neither changes anything.
    let sizes: [(u32, usize); 3] = [(10, 400), (100, 200), (1000, 60)];
    println!(
        "| modules | runs | median (ms) | worst (ms) | verdict | services (first wave/target/ceiling) |"
    );
    println!("| ---: | ---: | ---: | ---: | --- | --- |");
    for (n, runs) in sizes {
        let answers = synthetic(n, 0x5EA5 + u64::from(n));
        // Warm up once (and keep the result to print).
        let first = evaluate(&answers);
        let mut times: Vec<f64> = (0..runs)
            .map(|_| {
                let start = Instant::now();
                black_box(evaluate(black_box(&answers)));
                start.elapsed().as_secs_f64() * 1000.0
            })
            .collect();
        times.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
        let median = times[times.len() / 2];
        let worst = times[times.len() - 1];
        let s = &first.services;
        println!(
            "| {n} | {runs} | {median:.3} | {worst:.3} | {} | {}/{}/{} |",
            first.verdict.label, s.first_wave, s.target, s.ceiling
        );
    }
}
