//! The command line, read by hand: a command, its files and its options.

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    /// The usage text.
    Help,
    /// The version.
    Version,
    /// Check a rubric file.
    CheckRubric { rubric: String },
    /// Write the decision record of an answer file.
    Report { answers: String, rubric: Option<String>, date: Option<String> },
}

/// Reads the arguments after the program's name; `Err` says, in a sentence, what is wrong.
pub fn parse(args: &[String]) -> Result<Command, String> {
    if args.iter().any(|a| a == "--help" || a == "-h") {
        return Ok(Command::Help);
    }
    let Some((command, rest)) = args.split_first() else {
        return Ok(Command::Help);
    };
    match command.as_str() {
        "help" => Ok(Command::Help),
        "--version" | "-V" if rest.is_empty() => Ok(Command::Version),
        "--version" | "-V" => Err(format!("{command} takes nothing after it.")),
        "check-rubric" => {
            let read = Read::new(command, rest, &[])?;
            Ok(Command::CheckRubric { rubric: read.file("FILE")? })
        }
        "report" => {
            let mut read = Read::new(command, rest, &["--rubric", "--date"])?;
            let (rubric, date) = (read.take("--rubric"), read.take("--date"));
            Ok(Command::Report { answers: read.file("ANSWERS.json")?, rubric, date })
        }
        other if other.starts_with('-') => Err(format!("There is no option {other}.")),
        other => Err(format!("There is no command \"{other}\".")),
    }
}

/// A command's arguments: its files, in order, and the values of its options.
struct Read<'a> {
    command: &'a str,
    files: Vec<String>,
    options: Vec<(&'static str, String)>,
}

impl<'a> Read<'a> {
    /// Sorts `args` into files and the `allowed` options (`--name VALUE` or `--name=VALUE`,
    /// each at most once).
    fn new(command: &'a str, args: &[String], allowed: &[&'static str]) -> Result<Self, String> {
        let mut read = Read { command, files: Vec::new(), options: Vec::new() };
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            if !arg.starts_with('-') || arg == "-" {
                read.files.push(arg.clone());
                continue;
            }
            let (name, inline) = match arg.split_once('=') {
                Some((name, value)) => (name, Some(value.to_string())),
                None => (arg.as_str(), None),
            };
            let Some(&option) = allowed.iter().find(|a| **a == name) else {
                return Err(format!("{command} has no option {name}."));
            };
            let value = match inline.or_else(|| args.next().cloned()) {
                Some(v) if !v.is_empty() => v,
                _ => return Err(format!("{option} needs a value after it.")),
            };
            if read.options.iter().any(|(o, _)| *o == option) {
                return Err(format!("{option} is given twice."));
            }
            read.options.push((option, value));
        }
        Ok(read)
    }

    /// The value of an option, if it was given.
    fn take(&mut self, option: &str) -> Option<String> {
        let at = self.options.iter().position(|(o, _)| *o == option)?;
        Some(self.options.remove(at).1)
    }

    /// The one file the command takes.
    fn file(self, what: &str) -> Result<String, String> {
        let command = self.command;
        let mut files = self.files.into_iter();
        match (files.next(), files.next()) {
            (Some(file), None) => Ok(file),
            (None, _) => Err(format!("{command} needs a file: {command} {what}.")),
            (Some(_), Some(extra)) => {
                Err(format!("{command} takes one file; \"{extra}\" is one too many."))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(line: &str) -> Result<Command, String> {
        let args: Vec<String> = line.split_whitespace().map(str::to_string).collect();
        parse(&args)
    }

    fn report(answers: &str, rubric: Option<&str>, date: Option<&str>) -> Command {
        Command::Report {
            answers: answers.to_string(),
            rubric: rubric.map(str::to_string),
            date: date.map(str::to_string),
        }
    }

    #[test]
    fn commands_files_and_options_in_any_order() {
        for help in ["", "help", "--help", "-h", "report a.json --help", "help report"] {
            assert_eq!(parsed(help), Ok(Command::Help), "{help}");
        }
        assert_eq!(parsed("--version"), Ok(Command::Version));
        assert_eq!(
            parsed("check-rubric r.json"),
            Ok(Command::CheckRubric { rubric: "r.json".to_string() })
        );
        assert_eq!(parsed("report a.json"), Ok(report("a.json", None, None)));
        let both = report("a.json", Some("r.json"), Some("2026-12-01"));
        assert_eq!(parsed("report a.json --rubric r.json --date 2026-12-01"), Ok(both));
        let both = report("a.json", Some("r.json"), Some("2026-12-01"));
        assert_eq!(parsed("report --date=2026-12-01 --rubric=r.json a.json"), Ok(both));
    }

    #[test]
    fn mistakes_are_named() {
        for (line, said) in [
            ("deploy", "There is no command \"deploy\"."),
            ("--verbose", "There is no option --verbose."),
            ("--version 2", "--version takes nothing after it."),
            ("check-rubric", "check-rubric needs a file: check-rubric FILE."),
            ("check-rubric a.json b.json", "\"b.json\" is one too many."),
            ("check-rubric --rubric r.json", "check-rubric has no option --rubric."),
            ("report", "report needs a file: report ANSWERS.json."),
            ("report a.json --rubric", "--rubric needs a value after it."),
            ("report a.json --date=", "--date needs a value after it."),
            ("report a.json --date 2026-12-01 --date 2026-12-02", "--date is given twice."),
            ("report a.json --colour red", "report has no option --colour."),
        ] {
            let got = parsed(line).expect_err(line);
            assert!(got.contains(said), "{line}: {got}");
        }
    }
}
