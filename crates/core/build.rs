//! Build script: copies the frozen Python modules (`src/modules/frozen`) into OUT_DIR with their comment
//! lines blanked, so the binary does not carry the comments (a few KB gzipped) while line numbers in
//! tracebacks still match the sources. The leading header (SPDX lines) is kept; `#` lines inside
//! triple-quoted strings are left alone.

use std::path::Path;
use std::{env, fs};

const FROZEN: &str = "src/modules/frozen";

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    println!("cargo:rerun-if-changed={FROZEN}");
    copy_dir(Path::new(FROZEN), &Path::new(&out).join("frozen"));
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
            fs::write(&target, without_comments(&source)).expect("write a frozen module");
        }
    }
}

fn without_comments(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let (mut in_header, mut in_string) = (true, false);
    for line in source.lines() {
        let trimmed = line.trim();
        in_header &= trimmed.is_empty() || trimmed.starts_with('#');
        if in_header || in_string || !trimmed.starts_with('#') {
            out.push_str(line.trim_end());
        }
        out.push('\n');
        if line.matches("\"\"\"").count() % 2 == 1 {
            in_string = !in_string;
        }
    }
    out
}
