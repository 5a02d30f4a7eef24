//! Checks a rubric file as the page reads it: `cargo run -q -p seams-formats --example
//! check_rubric -- FILE`. Prints the rubric's label, or every problem, and exits 1 when the page
//! would refuse it. `./scripts/dist.sh --rubric FILE` runs it before building.

use seams_formats::rubric;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: check_rubric FILE");
        std::process::exit(2);
    };
    let text = match std::fs::read(&path) {
        Ok(bytes) if bytes.len() as u64 > rubric::MAX_BYTES => {
            let error = rubric::RubricError::TooLarge { bytes: bytes.len() as u64 };
            eprintln!("{path}: {error}");
            std::process::exit(1);
        }
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(_) => {
                eprintln!("{path}: the rubric is not UTF-8 text.");
                std::process::exit(1);
            }
        },
        Err(e) => {
            eprintln!("{path}: cannot be read ({e}).");
            std::process::exit(1);
        }
    };
    match rubric::read(&text) {
        Ok(r) => println!("{path}: {}", r.full_label()),
        Err(rubric::RubricError::Problems(problems)) => {
            eprintln!(
                "{path}: the rubric has {} problem(s) and would not be used:",
                problems.len()
            );
            for p in problems {
                eprintln!("  - {p}");
            }
            std::process::exit(1);
        }
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    }
}
