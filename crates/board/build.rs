//! Build script: turns the board definitions (`boards/<id>.toml`, the small TOML subset they use: `key =
//! "string"` or `key = 123`, `[section]`, `#` comments) into static Rust data in OUT_DIR/boards.rs, so the
//! binary carries neither the files nor a parser and starting a board parses nothing (start-up time in the
//! browser). A wrong file fails the build with the line that is wrong.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

/// The built-in boards, in the order `--list-boards` shows them.
const BOARDS: &[&str] = &["raspberry_pi_pico", "feather_rp2040", "metro_m4_express", "circuitplayground_bluefruit"];

const CAPS: [&str; 5] = ["digital", "pwm", "adc", "dac", "touch"];

#[derive(Default)]
struct Board {
    fields: Vec<(String, String)>,
    heap: Option<u64>,
    cpu_frequency: Option<u64>,
    /// MCU pin name, capability flags, display name.
    pins: Vec<(String, [bool; 5], String)>,
    names: Vec<(String, usize)>,
    buses: Vec<(String, Vec<String>)>,
}

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut code = String::from("pub static BOARDS: &[BoardDef] = &[\n");
    for id in BOARDS {
        let path = format!("boards/{id}.toml");
        println!("cargo:rerun-if-changed={path}");
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let board = parse(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
        if field(&board, "id") != *id {
            panic!("{path}: id must be {id}");
        }
        emit(&mut code, &board);
    }
    code.push_str("];\n");
    fs::write(Path::new(&out).join("boards.rs"), code).expect("write boards.rs");
}

fn field<'a>(board: &'a Board, key: &str) -> &'a str {
    board.fields.iter().find(|(k, _)| k == key).map_or("", |(_, v)| v)
}

fn parse(text: &str) -> Result<Board, String> {
    let mut board = Board::default();
    let mut section = String::new();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let bad = || format!("line {}: can't parse {raw:?}", n + 1);
        if let Some(s) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = s.trim().to_string();
            continue;
        }
        let (key, value) = line.split_once('=').ok_or_else(bad)?;
        let (key, value) = (key.trim(), value.trim());
        let text = value.strip_prefix('"').and_then(|v| v.strip_suffix('"'));
        let words = || text.unwrap_or("").split_whitespace().map(str::to_string).collect::<Vec<_>>();
        match (section.as_str(), key) {
            ("", "heap") => board.heap = Some(value.parse().map_err(|_| bad())?),
            ("", "cpu_frequency") => board.cpu_frequency = Some(value.parse().map_err(|_| bad())?),
            ("", "i2c" | "spi" | "uart") => board.buses.push((key.to_string(), words())),
            ("", "id" | "name" | "mcu" | "platform" | "machine") => {
                board.fields.push((key.to_string(), text.ok_or_else(bad)?.to_string()))
            }
            ("", other) => return Err(format!("line {}: unknown key {other}", n + 1)),
            ("mcu_pins", name) => {
                let mut caps = [false; 5];
                for w in words() {
                    let i = CAPS.iter().position(|c| *c == w);
                    caps[i.ok_or_else(|| format!("line {}: unknown capability {w}", n + 1))?] = true;
                }
                board.pins.push((name.to_string(), caps, String::new()));
            }
            ("board", name) => {
                let mcu = text.ok_or_else(bad)?;
                let index = board
                    .pins
                    .iter()
                    .position(|p| p.0 == mcu)
                    .ok_or_else(|| format!("line {}: unknown MCU pin {mcu}", n + 1))?;
                if board.names.iter().any(|(existing, _)| existing == name) {
                    return Err(format!("line {}: {name} defined twice", n + 1));
                }
                // The name CircuitPython prints for a pin is the first board name mapped to it.
                if board.pins[index].2.is_empty() {
                    board.pins[index].2 = name.to_string();
                }
                board.names.push((name.to_string(), index));
            }
            _ => return Err(format!("line {}: unknown section {section}", n + 1)),
        }
    }
    for pin in &mut board.pins {
        if pin.2.is_empty() {
            pin.2 = pin.0.clone();
        }
    }
    if ["id", "platform", "machine"].iter().any(|k| field(&board, k).is_empty()) {
        return Err("id, platform and machine are required".to_string());
    }
    for (_, pins) in &board.buses {
        if let Some(name) = pins.iter().find(|p| !board.names.iter().any(|(n, _)| n == *p)) {
            return Err(format!("default bus pin {name} is not a board name"));
        }
    }
    Ok(board)
}

fn emit(code: &mut String, b: &Board) {
    code.push_str("    BoardDef {\n");
    for key in ["id", "name", "mcu", "platform", "machine"] {
        let _ = writeln!(code, "        {key}: {:?},", field(b, key));
    }
    let _ = writeln!(code, "        heap: {},", b.heap.unwrap_or(192 * 1024));
    let _ = writeln!(code, "        cpu_frequency: {},", b.cpu_frequency.unwrap_or(125_000_000));
    code.push_str("        pins: &[\n");
    for (name, caps, display) in &b.pins {
        let caps: Vec<String> = CAPS.iter().zip(caps).map(|(c, on)| format!("{c}: {on}")).collect();
        let _ = writeln!(
            code,
            "            McuPin {{ name: {name:?}, caps: Caps {{ {} }}, display_name: {display:?} }},",
            caps.join(", ")
        );
    }
    code.push_str("        ],\n        names: &[\n");
    for (name, index) in &b.names {
        let _ = writeln!(code, "            ({name:?}, {index}),");
    }
    code.push_str("        ],\n");
    for bus in ["i2c", "spi", "uart"] {
        let pins = b.buses.iter().find(|(k, _)| k == bus).map(|(_, p)| p.as_slice()).unwrap_or(&[]);
        let _ = writeln!(code, "        {bus}: &{pins:?},");
    }
    code.push_str("    },\n");
}
