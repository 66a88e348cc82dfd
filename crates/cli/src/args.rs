//! Command-line options of `circuitpython`, exactly the brief's flag set, parsed with lexopt. Bad usage is a
//! `UsageError` whose message `main` prints before exiting with status 2.

use std::ffi::OsString;
use std::fmt;
use std::path::PathBuf;

pub const USAGE: &str = "\
usage: circuitpython [OPTIONS] [FILE]

  FILE                  run this program; its directory is the board's drive (/)
  (no FILE)             the REPL (or, when stdin is not a terminal, the program read from stdin)
  -c CODE               run CODE
  --drive DIR           use DIR as the board's drive; with no FILE, run boot.py then code.py as a board does
  --board NAME          virtual board (default: raspberry_pi_pico); --list-boards lists them
  --list-boards         list the virtual boards and exit
  --heap SIZE           heap size (e.g. 192k, 2m, or bytes); default: the board's
  --fast                virtual time: sleeps advance the board clock instantly
  --until SECONDS       stop cleanly after SECONDS of board time (exit 0)
  --trace FILE          write pin, PWM and pixel events as JSON lines (\"-\" = stderr)
  --input PIN=VALUE@T   schedule an input change at board time T seconds (repeatable), e.g. BUTTON_A=1@2.5
  -h, --help            print this help and exit
  --version             print the version and exit

Exit status: 0 on success, 1 on an uncaught exception, 2 on a usage error.
";

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Run a program (FILE, `-c`, the drive's code.py, or stdin) or start the REPL.
    Run,
    Help,
    Version,
    ListBoards,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    pub action: Action,
    pub file: Option<PathBuf>,
    pub code: Option<String>,
    pub drive: Option<PathBuf>,
    pub board: String,
    /// `None`: the board's default heap size.
    pub heap: Option<usize>,
    pub fast: bool,
    pub until_seconds: Option<f64>,
    /// `--trace FILE` (`-` = stderr); the virtual board writes it.
    pub trace: Option<String>,
    /// `--input PIN=VALUE@T` as given: the board checks them (`BoardState::schedule_spec`), since what is valid
    /// depends on its pins.
    pub inputs: Vec<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct UsageError(pub String);

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<lexopt::Error> for UsageError {
    fn from(e: lexopt::Error) -> Self {
        UsageError(e.to_string())
    }
}

/// `192k`, `2m`, `65536`: a size in bytes (k and m are binary multiples, as board heap sizes are).
pub fn parse_size(text: &str) -> Option<usize> {
    let lower = text.trim().to_ascii_lowercase();
    let (digits, unit) = match lower.strip_suffix(['k', 'm']) {
        Some(d) => (d, if lower.ends_with('k') { 1024 } else { 1024 * 1024 }),
        None => (lower.as_str(), 1),
    };
    let n: usize = digits.parse().ok()?;
    n.checked_mul(unit).filter(|&size| size > 0)
}

fn parse_seconds(text: &str) -> Option<f64> {
    text.trim().parse::<f64>().ok().filter(|s| s.is_finite() && *s >= 0.0)
}

fn string(value: OsString, flag: &str) -> Result<String, UsageError> {
    value.into_string().map_err(|_| UsageError(format!("{flag}: argument is not valid UTF-8")))
}

pub fn parse<I>(args: I) -> Result<Options, UsageError>
where
    I: IntoIterator,
    I::Item: Into<OsString>,
{
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_args(args);
    let mut o = Options {
        action: Action::Run,
        file: None,
        code: None,
        drive: None,
        board: crate::DEFAULT_BOARD.to_string(),
        heap: None,
        fast: false,
        until_seconds: None,
        trace: None,
        inputs: Vec::new(),
    };
    while let Some(arg) = parser.next()? {
        match arg {
            Short('c') if o.file.is_none() => o.code = Some(string(parser.value()?, "-c")?),
            Long("drive") => o.drive = Some(PathBuf::from(parser.value()?)),
            Long("board") => {
                let name = string(parser.value()?, "--board")?;
                let known = circuitpython_board::board_ids();
                if !known.contains(&name) {
                    return Err(UsageError(format!("unknown board '{name}' (valid: {})", known.join(", "))));
                }
                o.board = name;
            }
            Long("list-boards") => o.action = Action::ListBoards,
            Long("heap") => {
                let text = string(parser.value()?, "--heap")?;
                o.heap = Some(parse_size(&text).ok_or_else(|| UsageError(format!("bad heap size '{text}'")))?);
            }
            Long("fast") => o.fast = true,
            Long("until") => {
                let text = string(parser.value()?, "--until")?;
                o.until_seconds =
                    Some(parse_seconds(&text).ok_or_else(|| UsageError(format!("bad --until seconds '{text}'")))?);
            }
            Long("trace") => o.trace = Some(string(parser.value()?, "--trace")?),
            Long("input") => o.inputs.push(string(parser.value()?, "--input")?),
            Short('h') | Long("help") => o.action = Action::Help,
            Long("version") => o.action = Action::Version,
            // Flags may come before or after FILE (CircuitPython programs take no arguments of their own).
            Value(v) if o.code.is_none() && o.file.is_none() => o.file = Some(PathBuf::from(v)),
            _ => return Err(arg.unexpected().into()),
        }
    }
    Ok(o)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(args: &[&str]) -> Options {
        parse(args.iter().copied()).expect("valid usage")
    }

    fn err(args: &[&str]) -> String {
        parse(args.iter().copied()).expect_err("invalid usage").0
    }

    #[test]
    fn sizes() {
        assert_eq!(parse_size("192k"), Some(192 * 1024));
        assert_eq!(parse_size("2M"), Some(2 * 1024 * 1024));
        assert_eq!(parse_size("65536"), Some(65536));
        assert_eq!(parse_size("0"), None);
        assert_eq!(parse_size("k"), None);
        assert_eq!(parse_size("-5k"), None);
        assert_eq!(parse_size("99999999999999999999m"), None);
    }

    #[test]
    fn every_flag() {
        let o = ok(&[
            "--drive",
            "d",
            "--board",
            "metro_m4_express",
            "--heap",
            "64k",
            "--fast",
            "--until",
            "2.5",
            "--trace",
            "-",
            "--input",
            "BUTTON_A=1@2.5",
            "--input",
            "GP3=0@0",
            "prog.py",
        ]);
        assert_eq!(o.drive, Some(PathBuf::from("d")));
        assert_eq!(o.board, "metro_m4_express");
        assert_eq!(o.heap, Some(65536));
        assert!(o.fast);
        assert_eq!(o.until_seconds, Some(2.5));
        assert_eq!(o.trace.as_deref(), Some("-"));
        assert_eq!(o.inputs.len(), 2);
        assert_eq!(o.inputs[0], "BUTTON_A=1@2.5");
        assert_eq!(o.file, Some(PathBuf::from("prog.py")));
    }

    #[test]
    fn code_and_actions() {
        let o = ok(&["-c", "print(1)", "--fast"]);
        assert_eq!(o.code.as_deref(), Some("print(1)"));
        assert!(o.fast);
        assert_eq!(ok(&["-h"]).action, Action::Help);
        assert_eq!(ok(&["--version"]).action, Action::Version);
        assert_eq!(ok(&["--list-boards"]).action, Action::ListBoards);
    }

    #[test]
    fn bad_usage() {
        assert!(err(&["--bogus"]).contains("--bogus"));
        assert!(err(&["--heap", "lots"]).contains("heap"));
        assert!(err(&["--heap"]).contains("heap"));
        assert!(err(&["--until", "-1"]).contains("until"));
        assert!(err(&["--board", "nope"]).contains("nope"));
        assert!(err(&["--board", "nope"]).contains("feather_rp2040"), "lists the valid boards");
        assert!(err(&["--input"]).contains("--input"));
        assert!(err(&["-c"]).contains("-c"));
        assert!(err(&["-c", "1", "f.py"]).contains("f.py"));
        assert!(err(&["a.py", "b.py"]).contains("b.py"));
    }
}
