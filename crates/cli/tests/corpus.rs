//! Corpus runner: one trial per `tests/corpus/**/*.py`.
//!
//! Each program runs as `circuitpython <name>.py [flags]` with the file's
//! directory as working directory. Its stdout must equal `<name>.py.exp`.
//! When `<name>.py.stderr` exists, stderr must equal it and the exit status
//! must be 1; otherwise the exit status must be 0. Extra command-line flags
//! come from a first line of the form `# flags: --heap 64k`.
//! See `tests/corpus/README.md`.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};

const TIMEOUT: Duration = Duration::from_secs(10);

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus")
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

/// Flags from a first line `# flags: ...`, split on whitespace.
fn flags_of(source: &str) -> Vec<String> {
    source
        .lines()
        .next()
        .and_then(|line| line.trim().strip_prefix("# flags:"))
        .map(|rest| rest.split_whitespace().map(str::to_owned).collect())
        .unwrap_or_default()
}

struct Outcome {
    stdout: String,
    stderr: String,
    code: Option<i32>,
}

fn run_program(file: &Path, flags: &[String]) -> Result<Outcome, String> {
    let dir = file.parent().ok_or("file without a directory")?;
    let name = file.file_name().ok_or("file without a name")?;
    let mut child = Command::new(env!("CARGO_BIN_EXE_circuitpython"))
        .arg(name)
        .args(flags)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start the interpreter: {e}"))?;
    let mut out_pipe = child.stdout.take().ok_or("no stdout pipe")?;
    let mut err_pipe = child.stderr.take().ok_or("no stderr pipe")?;
    let out_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait().map_err(|e| e.to_string())? {
            Some(status) => break status,
            None if start.elapsed() > TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("timed out after {} s", TIMEOUT.as_secs()));
            }
            None => thread::sleep(Duration::from_millis(5)),
        }
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    Ok(Outcome {
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
        code: status.code(),
    })
}

/// A readable report of how `actual` differs from `expected`.
fn diff(what: &str, expected: &str, actual: &str) -> String {
    let exp: Vec<&str> = expected.split_inclusive('\n').collect();
    let act: Vec<&str> = actual.split_inclusive('\n').collect();
    let first = exp
        .iter()
        .zip(act.iter())
        .position(|(a, b)| a != b)
        .unwrap_or(exp.len().min(act.len()));
    let mut report = format!(
        "{what} differs at line {} (expected {} lines, got {})\n",
        first + 1,
        exp.len(),
        act.len()
    );
    report += &format!(
        "  expected: {:?}\n  actual:   {:?}\n",
        exp.get(first).copied().unwrap_or("<end of output>"),
        act.get(first).copied().unwrap_or("<end of output>")
    );
    let excerpt = |lines: &[&str]| -> String {
        let lo = first.saturating_sub(3);
        let hi = (first + 4).min(lines.len());
        if lo >= hi {
            return "  (nothing)".to_owned();
        }
        (lo..hi)
            .map(|i| format!("  {:>4} | {}", i + 1, lines[i].trim_end_matches('\n')))
            .collect::<Vec<_>>()
            .join("\n")
    };
    report += &format!(
        "--- expected {what} (around line {}) ---\n{}\n--- actual {what} ---\n{}\n",
        first + 1,
        excerpt(&exp),
        excerpt(&act)
    );
    report
}

fn check(file: &Path) -> Result<(), Failed> {
    let source = fs::read_to_string(file).map_err(|e| format!("cannot read test: {e}"))?;
    let exp_path = PathBuf::from(format!("{}.exp", file.display()));
    let expected_out = fs::read_to_string(&exp_path)
        .map_err(|e| format!("missing {}: {e}", exp_path.display()))?;
    let stderr_path = PathBuf::from(format!("{}.stderr", file.display()));
    let expected_err = fs::read_to_string(&stderr_path).ok();

    let outcome = run_program(file, &flags_of(&source))?;
    let mut problems = Vec::new();
    if outcome.stdout != expected_out {
        problems.push(diff("stdout", &expected_out, &outcome.stdout));
    }
    let want_code = if expected_err.is_some() { 1 } else { 0 };
    if let Some(expected_err) = &expected_err {
        if outcome.stderr != *expected_err {
            problems.push(diff("stderr", expected_err, &outcome.stderr));
        }
    }
    if outcome.code != Some(want_code) {
        let mut msg = format!(
            "exit status {:?}, expected {want_code}",
            outcome
                .code
                .map_or("killed by a signal".to_owned(), |c| c.to_string())
        );
        if expected_err.is_none() && !outcome.stderr.is_empty() {
            msg += &format!("\n--- stderr ---\n{}", outcome.stderr);
        }
        problems.push(msg);
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}

fn main() {
    let args = Arguments::from_args();
    let root = corpus_dir();
    let mut files = Vec::new();
    collect(&root, &mut files);
    // Files at the top level (`generate.py`) are tools, not tests.
    files.retain(|f| f.parent() != Some(root.as_path()));
    files.sort();
    let trials = files
        .into_iter()
        .map(|file| {
            let name = file
                .strip_prefix(&root)
                .unwrap_or(&file)
                .with_extension("")
                .to_string_lossy()
                .replace('\\', "/");
            Trial::test(name, move || check(&file))
        })
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
