#![cfg(not(target_arch = "wasm32"))]
//! Share links are forever: every code below was written by a release of Seams and is kept here
//! as it was written. Each must keep decoding to exactly the answers it held then.
//!
//! The expected answers are frozen too, never recomputed: the examples' answers as they were when
//! their codes were written (tests/fixtures/links-v1/, read with serde alone, and checked against
//! the same answers written out as Rust values in tests/frozen/, so that no change of a file id
//! can move both sides at once), and the hand-made answers as literals. When a newer format appears, its links join this file; none ever leaves.

#[path = "frozen/mod.rs"]
mod frozen;

use seams::app::link::decode;
use seams::engine::order::SortedMap;
use seams::engine::*;

/// Format 1 codes of every example, as the releases that write format 1 write them.
const EXAMPLES_V1: [(&str, &str); 7] = [
    ("blogging-platform", "s1.AQcCAwICAQkABnN0YWJsZQEHdW5pZm9ybQIEc2FtZQMIdG9nZXRoZXIECW9uZV9zdGFjawUHc2ltaWxhcgYZY3Jvc3NfZG9tYWluX3RyYW5zYWN0aW9ucwcJc3BlZWRfbm93CARub25l_wcbAgAEAQhQcm9maWxlcwEBAQAAAQRibG9nAgVQb3N0cwMBAQABAQRibG9nAwhDb21tZW50cwIBAQAAAQRibG9nBAZTZWFyY2gCAQEDAAEEYmxvZwQCAQADAgADAQAEAgKtj_Gs"),
    ("ecommerce-payments", "s1.AQ0DAwMCAQkABnN0YWJsZQEHb25lX2hvdAILbW9zdGx5X3NhbWUDCHRvZ2V0aGVyBAlvbmVfc3RhY2sFB2lzb2xhdGUGEXNvbWVfdHJhbnNhY3Rpb25zBwhiYWxhbmNlZAgFY2xlYXL_B3sDAAUBB0NhdGFsb2cCAQEAAQEEc2hvcAIGT3JkZXJzAgEBAAABBHNob3ADCFBheW1lbnRzFAEBAQABCHBheW1lbnRzBAVVc2VycwEBAQAAAQRzaG9wBQ5TdGF0aWMgY29udGVudAEBAQMAAQRzaG9wBAIBAAIDAAIEAAUBAmpMpvg"),
    ("five-person-mvp", "s1.AQYCAQEBAQkACHNoaWZ0aW5nAQd1bmlmb3JtAgRzYW1lAwh0b2dldGhlcgQJb25lX3N0YWNrBQdzaW1pbGFyBhFzb21lX3RyYW5zYWN0aW9ucwcJc3BlZWRfbm93CARub25l_wcBAQAAACJqJ_w"),
    ("sixty-engineer-platform", "s1.AT0IBAQDAQkABnN0YWJsZQEObWFueV9kaXZlcmdlbnQCCWRpZmZlcmVudAMIbWlzbWF0Y2gECWxpYnJhcmllcwUEc29tZQYIZXZlbnR1YWwHEWZsZXhpYmlsaXR5X2xhdGVyCAVjbGVhcv8H_wcHAdQfCQkBC0NvcmUgbGVkZ2VyAwICAAEBBGNvcmUCBEF1dGgEAwIAAAEIaWRlbnRpdHkDDU5vdGlmaWNhdGlvbnMGAAEDAAEKZW5nYWdlbWVudAQGU2VhcmNoGQEAAgABCWRpc2NvdmVyeQUHQ2F0YWxvZwMBAQAAAQdjYXRhbG9nBghDaGVja291dAQDAQAAAQhjaGVja291dAcPUmVjb21tZW5kYXRpb25zCAAAAQABCWRpc2NvdmVyeQgHQmlsbGluZwIDAwABAQRjb3JlCQlSZXBvcnRpbmcBAAIAAAEIaW5zaWdodHMJBgEABgIABggABQEABAUBBwUBBgMBCQECAQgD_8co8w"),
    ("pressure-without-foundation", "s1.AUcJAwMCAgkABnN0YWJsZQEObWFueV9kaXZlcmdlbnQCCWRpZmZlcmVudAMIbWlzbWF0Y2gECW9uZV9zdGFjawUEc29tZQYIZXZlbnR1YWwHEWZsZXhpYmlsaXR5X2xhdGVyCAlzdXNwZWN0ZWT_BxoCAAAAFuwpoA"),
    ("b2b-saas", "s1.AR0FAwICAQkACHNldHRsaW5nAQdvbmVfaG90Agttb3N0bHlfc2FtZQMOc29tZV92YXJpYXRpb24ECW9uZV9zdGFjawUHaXNvbGF0ZQYRc29tZV90cmFuc2FjdGlvbnMHCGJhbGFuY2VkCAVjbGVhcv8HmwIDAAcBCEFjY291bnRzAgECAAABCHBsYXRmb3JtAghQcm9qZWN0cwMBAQABAQl3b3Jrc3BhY2UDBVRhc2tzBAEBAAEBCXdvcmtzcGFjZQQHUmVwb3J0cwwBAQIAAQhpbnNpZ2h0cwUNTm90aWZpY2F0aW9ucwMBAQMAAQhwbGF0Zm9ybQYHQmlsbGluZwEBAgAAAQhwbGF0Zm9ybQcMSW50ZWdyYXRpb25zAgEBAwABCHBsYXRmb3JtCAIBAAMCAAMBAAQDAgQCAgMFAQYBAAcDAWwSK4w"),
    ("large-marketplace", "s1.AbUBEwQEBAIJAAZzdGFibGUBDm1hbnlfZGl2ZXJnZW50AglkaWZmZXJlbnQDCG1pc21hdGNoBBFkaWZmZXJlbnRfcnVudGltZQUHaXNvbGF0ZQYIZXZlbnR1YWwHEWZsZXhpYmlsaXR5X2xhdGVyCAVjbGVhcv8H_wcPAA4BCElkZW50aXR5BgMCAAABCGlkZW50aXR5AghMaXN0aW5ncwoCAQABAQhsaXN0aW5ncwMGU2VhcmNoPAIAAgABCWRpc2NvdmVyeQQPUmVjb21tZW5kYXRpb25zFAAAAQABCWRpc2NvdmVyeQUGT3JkZXJzCAMBAAEBBm9yZGVycwYIUGF5bWVudHMIAwIBAAEIcGF5bWVudHMHB1BheW91dHMCAgIAAAEIcGF5bWVudHMICU1lc3NhZ2luZwwBAQMAAQljb21tdW5pdHkJDU5vdGlmaWNhdGlvbnMPAAEDAAEJY29tbXVuaXR5CgdSZXZpZXdzBQEBAAABCWNvbW11bml0eQsPRnJhdWQgZGV0ZWN0aW9uCgIAAQABBXRydXN0DAhTaGlwcGluZwQBAgAAAQlsb2dpc3RpY3MNDFNlbGxlciB0b29scwMBAAAAAQdzZWxsZXJzDglBbmFseXRpY3MCAAICAAEIaW5zaWdodHMQBQYABQIABQEABgsABwYBAwIBBAIBBAUBCAEABQkBCAkBCgUADAUBDQIADgUCDgICe8OcFg"),
];

fn fixture(id: &str) -> Answers {
    let path = format!("{}/tests/fixtures/links-v1/{id}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("missing {path}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn every_example_link_of_format_1_still_reads_as_it_was_written() {
    for (id, code) in EXAMPLES_V1 {
        assert_eq!(decode(code), Ok(fixture(id)), "example {id}");
    }
}

#[test]
fn the_link_fixtures_hold_the_frozen_answers() {
    // The format-1 links were written before the services running today were asked, so they
    // hold the same answers without that one.
    for (id, _) in EXAMPLES_V1 {
        let mut expected = frozen::example(id);
        expected.context.services_today = None;
        assert_eq!(fixture(id), expected, "tests/fixtures/links-v1/{id}.json");
    }
}

#[test]
fn the_format_2_link_of_the_tangled_services_reads_as_it_was_written() {
    let code = "s2.Ag8EAwIFAQkABnN0YWJsZQEHdW5pZm9ybQIEc2FtZQMIdG9nZXRoZXIECW9uZV9zdGFjawUHc2ltaWxhcgYRc29tZV90cmFuc2FjdGlvbnMHCGJhbGFuY2VkCARub25l_wcfAwAIAQdHYXRld2F5AwEBAAABCHBsYXRmb3JtAgZPcmRlcnMCAQEAAAEGb3JkZXJzAwlJbnZlbnRvcnkCAQEAAAEGb3JkZXJzBAdQcmljaW5nAQEBAAABBm9yZGVycwUIUGF5bWVudHMCAQEAAAEIcGF5bWVudHMGBkxlZGdlcgEBAQAAAQhwYXltZW50cwcFVXNlcnMBAQEAAAEIcGxhdGZvcm0IBUVtYWlsAQEBAwAACAECAAIDAAMCAAMEAAQFAAUGAAYFAwIHAAnvvRgD";
    assert_eq!(decode(code), Ok(frozen::tangled_services()));
    assert_eq!(seams::app::link::encode(&frozen::tangled_services()), code);
}

#[test]
fn an_empty_link_of_format_1_reads_as_no_answers() {
    assert_eq!(decode("s1.AQAAAAAAAAAAAAAAAABcxWAk"), Ok(Answers::default()));
}

#[test]
fn a_link_of_format_1_with_a_few_services_and_the_largest_count_reads_the_same() {
    let expected = Answers {
        context: Context {
            engineers: Some(u32::MAX),
            architecture: Some(CurrentArchitecture::SomeServices),
            ..Context::default()
        },
        plan_start: Some(YearMonth { year: 2027, month: 1 }),
        ..Answers::default()
    };
    assert_eq!(decode("s1.AYCAgIAQAAAABAAAAAAAAdYfAQAAfQ3ycw"), Ok(expected));
}

#[test]
fn a_link_of_format_1_with_every_odd_value_reads_the_same() {
    // Odd on purpose: zero engineers, an unknown factor answer, a repeated module id, a load of
    // zero and of u32::MAX, an empty team, non-ASCII names, dangling and self dependencies, a
    // year before the common era and a thirteenth month. The link carries answers; judging them
    // is the whole-answers check's job, after decoding.
    let mut capabilities = SortedMap::new();
    capabilities.insert(Capability::CiCd, true);
    capabilities.insert(Capability::Tracing, false);
    capabilities.insert(Capability::ContractTests, true);
    let mut factors = SortedMap::new();
    factors.insert(FactorId::DomainStability, "stable".to_string());
    factors.insert(FactorId::ScalingBottleneck, "not-an-option".to_string());
    let expected = Answers {
        context: Context {
            engineers: Some(0),
            teams: Some(300),
            stage: Some(ProductStage::MatureAtScale),
            daily_requests: Some(TrafficBand::Under100k),
            architecture: Some(CurrentArchitecture::Microservices),
            stack: Some(Stack::Other),
            services_today: None,
        },
        factors,
        readiness: Readiness { capabilities, ops_headcount: Some(0) },
        domain: DomainMap {
            modules: vec![
                Module {
                    id: 7,
                    name: "Caf\u{e9} \u{201c}Z\u{fc}rich\u{201d}".into(),
                    load: 0,
                    availability: AvailabilityTarget::Critical,
                    cadence: Cadence::Quarterly,
                    team: Some(String::new()),
                    resource: ResourceProfile::IoBound,
                    core: true,
                    runs_apart: false,
                },
                Module {
                    id: 300,
                    name: "<script>".into(),
                    load: 1_000_000,
                    availability: AvailabilityTarget::Tolerant,
                    cadence: Cadence::Daily,
                    team: None,
                    resource: ResourceProfile::MemoryHeavy,
                    core: false,
                    runs_apart: false,
                },
                Module {
                    id: 7,
                    name: String::new(),
                    load: u32::MAX,
                    availability: AvailabilityTarget::Standard,
                    cadence: Cadence::Weekly,
                    team: None,
                    resource: ResourceProfile::Balanced,
                    core: false,
                    runs_apart: false,
                },
            ],
            dependencies: vec![
                Dependency {
                    from: 7,
                    to: 300,
                    kind: DepKind::SharedTables { shared_writes: true },
                    imports: 0,
                },
                Dependency {
                    from: 300,
                    to: 7,
                    kind: DepKind::SharedTables { shared_writes: false },
                    imports: 0,
                },
                Dependency { from: 7, to: 7, kind: DepKind::Async, imports: 0 },
                Dependency { from: 9, to: 7, kind: DepKind::Sync, imports: 0 },
            ],
        },
        plan_start: Some(YearMonth { year: -44, month: 13 }),
    };
    let code = "s1.AQGtAgQBBQICAAZzdGFibGUIDW5vdC1hbi1vcHRpb26hBIEEAQFXDQMHE0NhZsOpIOKAnFrDvHJpY2jigJ0AAwMDAQEArAIIPHNjcmlwdD7AhD0AAAIAAAcA_____w8BAQAAAAQHrAIDrAIHAgcHAQkHAP36x0c";
    assert_eq!(decode(code), Ok(expected.clone()));
    assert_eq!(seams::app::link::encode(&expected), code);
}

#[test]
fn answers_without_services_today_are_still_written_as_format_1_byte_for_byte() {
    for (id, code) in EXAMPLES_V1 {
        assert_eq!(seams::app::link::encode(&fixture(id)), code, "example {id}");
    }
    assert_eq!(seams::app::link::encode(&Answers::default()), "s1.AQAAAAAAAAAAAAAAAABcxWAk");
}

/// A share code from its binary form, packed as docs/file-format.md describes (FNV-1a, then
/// base64url without padding), independently of the codec under test.
fn pack(bytes: &[u8]) -> String {
    let sum =
        bytes.iter().fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(*b)).wrapping_mul(0x0100_0193));
    let mut all = bytes.to_vec();
    all.extend_from_slice(&sum.to_be_bytes());
    let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut bits = 0u32;
    let mut held = 0;
    let mut out = String::new();
    for b in all {
        bits = (bits << 8) | u32::from(b);
        held += 8;
        while held >= 6 {
            held -= 6;
            out.push(char::from(alphabet[((bits >> held) & 63) as usize]));
        }
    }
    if held > 0 {
        out.push(char::from(alphabet[((bits << (6 - held)) & 63) as usize]));
    }
    format!("s{}.{out}", bytes[0])
}

#[test]
fn format_2_is_format_1_with_the_services_running_today_appended() {
    // Empty answers but for the services: version 2, thirteen "not answered" fields of format 1
    // (six of the context, the factor count, two capability sets, the headcount, the plan
    // start, the module and dependency counts), then 12 + 1.
    let mut bytes = vec![2u8];
    bytes.extend([0u8; 13]);
    bytes.push(13);
    let code = "s2.AgAAAAAAAAAAAAAAAAANpY2oRg";
    assert_eq!(pack(&bytes), code, "the documented layout");
    let expected = Answers {
        context: Context { services_today: Some(12), ..Context::default() },
        ..Answers::default()
    };
    assert_eq!(decode(code), Ok(expected.clone()));
    assert_eq!(seams::app::link::encode(&expected), code);
    // The same bytes behind the old prefix, or without the appended field, are not a link.
    assert!(decode(&code.replacen("s2.", "s1.", 1)).is_err());
    let mut v1 = vec![1u8];
    v1.extend([0u8; 13]);
    assert_eq!(pack(&v1), "s1.AQAAAAAAAAAAAAAAAABcxWAk", "the packer agrees with format 1");
}

#[test]
fn a_format_2_link_of_an_example_with_microservices_reads_as_it_was_written() {
    let mut expected = fixture("large-marketplace");
    expected.context.architecture = Some(CurrentArchitecture::Microservices);
    expected.context.services_today = Some(40);
    let code = "s2.ArUBEwQEBQIJAAZzdGFibGUBDm1hbnlfZGl2ZXJnZW50AglkaWZmZXJlbnQDCG1pc21hdGNoBBFkaWZmZXJlbnRfcnVudGltZQUHaXNvbGF0ZQYIZXZlbnR1YWwHEWZsZXhpYmlsaXR5X2xhdGVyCAVjbGVhcv8H_wcPAA4BCElkZW50aXR5BgMCAAABCGlkZW50aXR5AghMaXN0aW5ncwoCAQABAQhsaXN0aW5ncwMGU2VhcmNoPAIAAgABCWRpc2NvdmVyeQQPUmVjb21tZW5kYXRpb25zFAAAAQABCWRpc2NvdmVyeQUGT3JkZXJzCAMBAAEBBm9yZGVycwYIUGF5bWVudHMIAwIBAAEIcGF5bWVudHMHB1BheW91dHMCAgIAAAEIcGF5bWVudHMICU1lc3NhZ2luZwwBAQMAAQljb21tdW5pdHkJDU5vdGlmaWNhdGlvbnMPAAEDAAEJY29tbXVuaXR5CgdSZXZpZXdzBQEBAAABCWNvbW11bml0eQsPRnJhdWQgZGV0ZWN0aW9uCgIAAQABBXRydXN0DAhTaGlwcGluZwQBAgAAAQlsb2dpc3RpY3MNDFNlbGxlciB0b29scwMBAAAAAQdzZWxsZXJzDglBbmFseXRpY3MCAAICAAEIaW5zaWdodHMQBQYABQIABQEABgsABwYBAwIBBAIBBAUBCAEABQkBCAkBCgUADAUBDQIADgUCDgICKc7O1sc";
    assert_eq!(decode(code), Ok(expected.clone()));
    assert_eq!(seams::app::link::encode(&expected), code);
}

#[test]
fn the_format_4_link_of_modules_running_beside_the_monolith_reads_as_it_was_written() {
    // Written again when format 4, not yet released, gained the counted imports (a count of 0
    // before the checksum): no release ever wrote the earlier text.
    let code = "s4.BA8EAwIEAQkABnN0YWJsZQEHdW5pZm9ybQIEc2FtZQMIdG9nZXRoZXIECW9uZV9zdGFjawUHc2ltaWxhcgYRc29tZV90cmFuc2FjdGlvbnMHCGJhbGFuY2VkCARub25l_wcfAwAIAQdHYXRld2F5AwEBAAABCHBsYXRmb3JtAgZPcmRlcnMCAQEAAAEGb3JkZXJzAwlJbnZlbnRvcnkCAQEAAAEGb3JkZXJzBAdQcmljaW5nAQEBAAABBm9yZGVycwUIUGF5bWVudHMCAQEAAAEIcGF5bWVudHMGBkxlZGdlcgEBAQAAAQhwYXltZW50cwcFVXNlcnMBAQEAAAEIcGxhdGZvcm0IBUVtYWlsAQEBAwAACAECAAIDAAMCAAMEAAQFAAUGAAYFAwIHAAMAAgQFALVZ11s";
    assert_eq!(seams::app::link::encode(&frozen::beside_the_monolith()), code);
    assert_eq!(decode(code), Ok(frozen::beside_the_monolith()));
}

#[test]
fn the_format_4_link_of_an_imported_map_with_its_counts_reads_as_it_was_written() {
    // Orders imports Billing 40 times and Billing imports Orders once: the counts follow the
    // running modules (none here), by their place in the dependency list.
    let code =
        "s4.BAAAAAAAAAAAAAAAAgEHQmlsbGluZwEBAQAAAAIGT3JkZXJzAQEBAAAAAwECAAIBAQIBAAAAAAIAAQIo3BTTHw";
    let module = |id, name: &str| Module { id, name: name.into(), ..Module::default() };
    let expected = Answers {
        domain: DomainMap {
            modules: vec![module(1, "Billing"), module(2, "Orders")],
            dependencies: vec![
                Dependency { from: 1, to: 2, kind: DepKind::Sync, imports: 1 },
                Dependency { from: 2, to: 1, kind: DepKind::Async, imports: 0 },
                Dependency { from: 2, to: 1, kind: DepKind::Sync, imports: 40 },
            ],
        },
        ..Answers::default()
    };
    assert_eq!(seams::app::link::encode(&expected), code);
    assert_eq!(decode(code), Ok(expected));
}
