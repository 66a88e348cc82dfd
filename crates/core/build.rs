//! Build script: copies the frozen Python modules (`src/modules/frozen`) and the builtins written in Python
//! (`src/builtins/drive.py`) into OUT_DIR with their comment lines blanked, their docstrings emptied and their
//! indentation one space a level, so the binary does not carry them (several KB gzipped; the board's own
//! firmware drops docstrings too) while line numbers in tracebacks still match the sources. Of a frozen
//! module's leading comments only the copyright and SPDX lines are kept; `#` lines inside other triple-quoted
//! strings are left alone, and so is a trailing comment after a quote (it might be inside a string).

use std::path::Path;
use std::{env, fs};

const FROZEN: &str = "src/modules/frozen";
const DRIVE: &str = "src/builtins/drive.py";

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed={FROZEN}");
    println!("cargo:rerun-if-changed={DRIVE}");
    copy_dir(Path::new(FROZEN), &Path::new(&out).join("frozen"));
    let drive = fs::read_to_string(DRIVE).expect("read drive.py");
    fs::write(Path::new(&out).join("drive.py"), without_comments(&drive, false)).expect("write drive.py");
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create OUT_DIR/frozen");
    for entry in fs::read_dir(from).expect("read the frozen directory") {
        let path = entry.expect("frozen directory entry").path();
        let target = to.join(path.file_name().expect("file name"));
        if path.is_dir() {
            copy_dir(&path, &target);
        } else if path.extension().is_some_and(|e| e == "py") {
            let source = fs::read_to_string(&path).expect("read a frozen module");
            fs::write(&target, without_comments(&source, true)).expect("write a frozen module");
        }
    }
}

fn without_comments(source: &str, keep_header: bool) -> String {
    // Each output line, and whether it starts outside a string (its indentation is Python's).
    let mut lines = Vec::new();
    let (mut in_header, mut in_string, mut in_docstring) = (keep_header, false, false);
    // A docstring is a triple-quoted string that starts the line after a `def`/`class` header.
    let mut after_header = false;
    for line in source.lines() {
        let mut out = String::new();
        let is_code = !in_string && !in_docstring;
        // A backslash-continued '...' string would start the next line inside a string this scan does not see,
        // whose spaces the re-indentation would then change.
        assert!(!line.ends_with('\\'), "frozen Python continues no line with a backslash");
        let trimmed = line.trim();
        in_header &= trimmed.is_empty() || trimmed.starts_with('#');
        let quotes = line.matches("\"\"\"").count();
        if in_docstring {
            // Blank the docstring's later lines; the string ends on the line with the closing quotes.
            in_docstring = quotes % 2 == 0;
        } else if after_header && trimmed.starts_with("\"\"\"") {
            // Keep the statement (a body may be only its docstring) as an empty string on the same line.
            let indent = &line[..line.len() - line.trim_start().len()];
            out.push_str(indent);
            out.push_str("\"\"");
            in_docstring = quotes == 1;
        } else if in_string || !trimmed.starts_with('#') {
            out.push_str(without_trailing_comment(line, in_string));
            if quotes % 2 == 1 {
                in_string = !in_string;
            }
        } else if in_header && (trimmed.contains("SPDX-") || trimmed.contains("Copyright")) {
            out.push_str(trimmed);
        }
        lines.push((out, is_code));
        if !trimmed.is_empty() && !trimmed.starts_with('#') {
            after_header = !in_string
                && (trimmed.starts_with("def ") || trimmed.starts_with("async def ") || trimmed.starts_with("class "))
                && trimmed.ends_with(':');
        }
    }
    with_ranked_indentation(&lines)
}

/// The lines joined, each code line indented by its indentation's rank among the file's widths (4 and 8 spaces
/// become 1 and 2; an 11-space block between them stays between). Python compares indentation only by order
/// and equality, so the program means the same; 0.24 KB gzipped of spaces go.
fn with_ranked_indentation(lines: &[(String, bool)]) -> String {
    let indent = |line: &str| line.len() - line.trim_start_matches(' ').len();
    let code = || lines.iter().filter(|(line, is_code)| *is_code && !line.trim().is_empty());
    assert!(
        code().all(|(line, _)| !line.trim_start_matches(' ').starts_with('\t')),
        "frozen Python indents with spaces"
    );
    let mut widths: Vec<usize> = code().map(|(line, _)| indent(line)).collect();
    widths.sort_unstable();
    widths.dedup();
    let mut out = String::new();
    for (line, is_code) in lines {
        match *is_code && !line.trim().is_empty() {
            true => {
                let rank = widths.binary_search(&indent(line)).expect("every code line's width is listed");
                out.extend(std::iter::repeat_n(' ', rank));
                out.push_str(&line[indent(line)..]);
            }
            false => out.push_str(line),
        }
        out.push('\n');
    }
    out
}

/// `line` without a trailing `# comment`, where no quote comes before the `#` (so it cannot be inside a string).
fn without_trailing_comment(line: &str, in_string: bool) -> &str {
    match line.find(['#', '\'', '"']) {
        Some(i) if !in_string && line[i..].starts_with('#') => line[..i].trim_end(),
        _ => line.trim_end(),
    }
}
