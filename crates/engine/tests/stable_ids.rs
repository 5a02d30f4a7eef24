//! The ids that answer files and share links are written in, pinned.
//!
//! Every enum of the answers has a file id (its `#[serde(rename)]`) and a link code
//! (`code()`/`from_code()`). Both are promises: a file saved or a link pasted into a wiki years
//! ago must open to the same answers. The tables below are written out by hand, as
//! docs/file-format.md lists them; a changed id or code fails here. Never edit a row to make
//! this pass; a new variant adds a row with a new id and the next unused code.

use std::fmt::Debug;

use seams_engine::*;
use serde::de::DeserializeOwned;
use serde::Serialize;

/// Checks one enum against its pinned table: every row's file id and link code, in both
/// directions, and that the table and `all` hold the same values.
fn pinned<T>(
    name: &str,
    all: &[T],
    table: &[(T, &str, u8)],
    code: fn(T) -> u8,
    from_code: fn(u8) -> Option<T>,
) where
    T: Copy + PartialEq + Debug + Serialize + DeserializeOwned,
{
    for &(value, id, link) in table {
        let written = serde_json::to_string(&value).unwrap();
        assert_eq!(written, format!("\"{id}\""), "{name}: the file id of {value:?}");
        let read: T = serde_json::from_str(&format!("\"{id}\"")).unwrap();
        assert_eq!(read, value, "{name}: the file id {id:?} reads back");
        assert_eq!(code(value), link, "{name}: the link code of {value:?}");
        assert_eq!(from_code(link), Some(value), "{name}: the link code {link} reads back");
    }
    assert_eq!(all.len(), table.len(), "{name}: ALL and the table list the same values");
    for value in all {
        assert!(table.iter().any(|row| row.0 == *value), "{name}: {value:?} has a pinned row");
    }
    codes_belong_to_values(name, all, code, from_code);
}

/// A code belongs to the value, not to its place in `ALL` (`code()` is a `match` on the value,
/// so reordering `ALL` cannot move it): codes are unique, each reads back as its value, and
/// every other byte reads as no value.
fn codes_belong_to_values<T: Copy + PartialEq + Debug>(
    name: &str,
    all: &[T],
    code: fn(T) -> u8,
    from_code: fn(u8) -> Option<T>,
) {
    let codes: Vec<u8> = all.iter().map(|v| code(*v)).collect();
    for (i, c) in codes.iter().enumerate() {
        assert!(!codes[..i].contains(c), "{name}: code {c} is given twice");
    }
    for value in all {
        assert_eq!(from_code(code(*value)), Some(*value), "{name}: {value:?}");
    }
    for byte in 0..=u8::MAX {
        if !codes.contains(&byte) {
            assert_eq!(from_code(byte), None, "{name}: {byte} is no value's code");
        }
    }
}

#[test]
fn product_stage() {
    use ProductStage::*;
    pinned(
        "ProductStage",
        &ProductStage::ALL,
        &[
            (Prototype, "Prototype", 0),
            (FindingFit, "FindingFit", 1),
            (GrowingStable, "GrowingStable", 2),
            (MatureAtScale, "MatureAtScale", 3),
        ],
        ProductStage::code,
        ProductStage::from_code,
    );
}

#[test]
fn traffic_band() {
    use TrafficBand::*;
    pinned(
        "TrafficBand",
        &TrafficBand::ALL,
        &[
            (Under100k, "Under100k", 0),
            (Under1M, "Under1M", 1),
            (Under10M, "Under10M", 2),
            (Over10M, "Over10M", 3),
        ],
        TrafficBand::code,
        TrafficBand::from_code,
    );
}

#[test]
fn current_architecture() {
    use CurrentArchitecture::*;
    pinned(
        "CurrentArchitecture",
        &CurrentArchitecture::ALL,
        &[
            (Greenfield, "Greenfield", 0),
            (Monolith, "Monolith", 1),
            (ModularMonolith, "ModularMonolith", 2),
            (SomeServices, "SomeServices", 3),
            (Microservices, "Microservices", 4),
        ],
        CurrentArchitecture::code,
        CurrentArchitecture::from_code,
    );
}

#[test]
fn stack() {
    use Stack::*;
    pinned(
        "Stack",
        &Stack::ALL,
        &[(Python, "Python", 0), (Other, "Other", 1)],
        Stack::code,
        Stack::from_code,
    );
}

#[test]
fn factor_id() {
    use FactorId::*;
    pinned(
        "FactorId",
        &FactorId::ALL,
        &[
            (DomainStability, "DomainStability", 0),
            (ScalingProfile, "ScalingProfile", 1),
            (Availability, "Availability", 2),
            (DeploymentCadence, "DeploymentCadence", 3),
            (TechDiversity, "TechDiversity", 4),
            (ResourceIsolation, "ResourceIsolation", 5),
            (DataConsistency, "DataConsistency", 6),
            (TimeHorizon, "TimeHorizon", 7),
            (ScalingBottleneck, "ScalingBottleneck", 8),
        ],
        FactorId::code,
        FactorId::from_code,
    );
}

#[test]
fn capability() {
    use Capability::*;
    let table = [
        (CiCd, "CiCd", 0),
        (Containers, "Containers", 1),
        (Orchestration, "Orchestration", 2),
        (CentralLogging, "CentralLogging", 3),
        (Metrics, "Metrics", 4),
        (Tracing, "Tracing", 5),
        (OnCall, "OnCall", 6),
        (ApiVersioning, "ApiVersioning", 7),
        (FeatureFlags, "FeatureFlags", 8),
        (ContractTests, "ContractTests", 9),
    ];
    pinned("Capability", &Capability::ALL, &table, Capability::code, Capability::from_code);
    // The code is also the capability's bit in the link's two bit sets (a 64-bit varint).
    assert!(table.iter().all(|(c, _, _)| c.code() < 64));
}

#[test]
fn availability_target() {
    use AvailabilityTarget::*;
    pinned(
        "AvailabilityTarget",
        &AvailabilityTarget::ALL,
        &[
            (Tolerant, "Tolerant", 0),
            (Standard, "Standard", 1),
            (High, "High", 2),
            (Critical, "Critical", 3),
        ],
        AvailabilityTarget::code,
        AvailabilityTarget::from_code,
    );
}

#[test]
fn cadence() {
    use Cadence::*;
    pinned(
        "Cadence",
        &Cadence::ALL,
        &[
            (Daily, "Daily", 0),
            (Weekly, "Weekly", 1),
            (Monthly, "Monthly", 2),
            (Quarterly, "Quarterly", 3),
        ],
        Cadence::code,
        Cadence::from_code,
    );
}

#[test]
fn resource_profile() {
    use ResourceProfile::*;
    pinned(
        "ResourceProfile",
        &ResourceProfile::ALL,
        &[
            (Balanced, "Balanced", 0),
            (CpuHeavy, "CpuHeavy", 1),
            (MemoryHeavy, "MemoryHeavy", 2),
            (IoBound, "IoBound", 3),
        ],
        ResourceProfile::code,
        ResourceProfile::from_code,
    );
}

#[test]
fn dep_kind() {
    // The one enum with data: its file form is JSON, not a bare name.
    let table: [(DepKind, &str, u8); 4] = [
        (DepKind::Sync, r#""Sync""#, 0),
        (DepKind::Async, r#""Async""#, 1),
        (
            DepKind::SharedTables { shared_writes: false },
            r#"{"SharedTables":{"shared_writes":false}}"#,
            2,
        ),
        (
            DepKind::SharedTables { shared_writes: true },
            r#"{"SharedTables":{"shared_writes":true}}"#,
            3,
        ),
    ];
    for (kind, json, code) in table {
        assert_eq!(serde_json::to_string(&kind).unwrap(), json, "the file form of {kind:?}");
        assert_eq!(serde_json::from_str::<DepKind>(json).unwrap(), kind, "{json} reads back");
        assert_eq!(kind.code(), code, "the link code of {kind:?}");
        assert_eq!(DepKind::from_code(code), Some(kind), "the link code {code} reads back");
    }
    assert_eq!(DepKind::ALL.len(), table.len());
    assert_eq!(DepKind::default(), DepKind::Sync, "a dependency without a kind is a call");
    codes_belong_to_values("DepKind", &DepKind::ALL, DepKind::code, DepKind::from_code);
}

#[test]
fn factor_and_capability_ids_are_the_same_as_map_keys() {
    // Factors and capabilities are written as the keys of JSON objects; keys go through the
    // same ids.
    let a = Answers::default()
        .with_factor(FactorId::TimeHorizon, "balanced")
        .with_factor(FactorId::DomainStability, "stable");
    let mut a = a;
    a.readiness.capabilities.insert(Capability::OnCall, true);
    let json = serde_json::to_value(&a).unwrap();
    assert_eq!(json["factors"]["TimeHorizon"], "balanced");
    assert_eq!(json["factors"]["DomainStability"], "stable");
    assert_eq!(json["readiness"]["capabilities"]["OnCall"], true);
}

#[test]
fn option_ids_of_the_standard_catalogue() {
    // A factor's answer is stored as its option's id, in files and links alike.
    let pinned: [(FactorId, &[&str]); 9] = [
        (FactorId::DomainStability, &["shifting", "settling", "stable"]),
        (FactorId::ScalingProfile, &["uniform", "uneven", "one_hot", "many_divergent"]),
        (FactorId::Availability, &["same", "mostly_same", "different"]),
        (FactorId::DeploymentCadence, &["together", "some_variation", "mismatch"]),
        (FactorId::TechDiversity, &["one_stack", "libraries", "different_runtime"]),
        (FactorId::ResourceIsolation, &["similar", "some", "isolate"]),
        (
            FactorId::DataConsistency,
            &["cross_domain_transactions", "some_transactions", "eventual"],
        ),
        (FactorId::TimeHorizon, &["speed_now", "balanced", "flexibility_later"]),
        (FactorId::ScalingBottleneck, &["none", "suspected", "clear"]),
    ];
    let cat = Catalogue::standard();
    for (factor, ids) in pinned {
        let def = cat.factor(factor).unwrap_or_else(|| panic!("{factor:?} is asked"));
        let have: Vec<&str> = def.options.iter().map(|o| o.id.as_str()).collect();
        for id in ids {
            assert!(have.contains(id), "{factor:?}: option {id:?} is kept");
        }
        assert_eq!(have.len(), ids.len(), "{factor:?}: a new option adds a row here");
    }
}
