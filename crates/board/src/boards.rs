//! Board definitions as data: each `boards/<id>.toml` file describes one board (names, MCU pins and their
//! capabilities, heap, `sys.platform`, `os.uname().machine`); this file embeds them and parses the small TOML
//! subset they use (`key = "string"` or `key = 123`, `[section]`, `#` comments).

/// What a pin's hardware can do.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Caps {
    pub digital: bool,
    pub pwm: bool,
    pub adc: bool,
    pub dac: bool,
    pub touch: bool,
}

#[derive(Clone, Debug)]
pub struct McuPin {
    /// The chip's name (`GPIO25`, `PA16`, `P1_14`), as in `microcontroller.pin`.
    pub name: String,
    pub caps: Caps,
    /// The board name CircuitPython prints for this pin (`GP25 in use`): the first `[board]` name mapped to
    /// it, or the chip name when the board names none.
    pub display_name: String,
}

#[derive(Clone, Debug)]
pub struct BoardDef {
    /// `board.board_id`, `--board NAME`.
    pub id: String,
    /// Marketing name (`Raspberry Pi Pico`), used in the REPL banner.
    pub name: String,
    /// Chip name for the banner (`rp2040`).
    pub mcu: String,
    /// `sys.platform`.
    pub platform: String,
    /// `os.uname().machine`.
    pub machine: String,
    /// Heap size in bytes.
    pub heap: usize,
    pub cpu_frequency: u64,
    pub pins: Vec<McuPin>,
    /// `board` names in definition order, each with its index into `pins`.
    pub names: Vec<(String, usize)>,
    /// Default pins of `board.I2C()` (scl, sda), `board.SPI()` (sck, mosi, miso), `board.UART()` (tx, rx).
    pub i2c: Vec<String>,
    pub spi: Vec<String>,
    pub uart: Vec<String>,
}

/// Each built-in board's id beside its file, so that listing ids and starting one board parse nothing else
/// (start-up time in the browser); the crate's tests check every file parses to its id.
const BOARD_FILES: &[(&str, &str)] = &[
    ("raspberry_pi_pico", include_str!("../boards/raspberry_pi_pico.toml")),
    ("feather_rp2040", include_str!("../boards/feather_rp2040.toml")),
    ("metro_m4_express", include_str!("../boards/metro_m4_express.toml")),
    ("circuitplayground_bluefruit", include_str!("../boards/circuitplayground_bluefruit.toml")),
];

/// The ids of the built-in boards, for `--list-boards`.
pub fn board_ids() -> Vec<String> {
    BOARD_FILES.iter().map(|(id, _)| id.to_string()).collect()
}

/// Every built-in board (the embedded files are checked by the crate's tests, so parsing cannot fail).
pub fn all_boards() -> Vec<BoardDef> {
    BOARD_FILES.iter().filter_map(|(_, text)| BoardDef::parse(text).ok()).collect()
}

/// The built-in board named `id`.
pub fn find_board(id: &str) -> Option<BoardDef> {
    let (_, text) = BOARD_FILES.iter().find(|(board_id, _)| *board_id == id)?;
    BoardDef::parse(text).ok()
}

impl BoardDef {
    /// Parse a board file; the error names the line that is wrong.
    pub fn parse(text: &str) -> Result<BoardDef, String> {
        let mut def = BoardDef {
            id: String::new(),
            name: String::new(),
            mcu: String::new(),
            platform: String::new(),
            machine: String::new(),
            heap: 192 * 1024,
            cpu_frequency: 125_000_000,
            pins: Vec::new(),
            names: Vec::new(),
            i2c: Vec::new(),
            spi: Vec::new(),
            uart: Vec::new(),
        };
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
            let key = key.trim();
            let value = value.trim();
            let text = value.strip_prefix('"').and_then(|v| v.strip_suffix('"'));
            let words = || text.unwrap_or("").split_whitespace().map(str::to_string).collect::<Vec<_>>();
            match (section.as_str(), key) {
                ("", "heap") => def.heap = value.parse().map_err(|_| bad())?,
                ("", "cpu_frequency") => def.cpu_frequency = value.parse().map_err(|_| bad())?,
                ("", "i2c") => def.i2c = words(),
                ("", "spi") => def.spi = words(),
                ("", "uart") => def.uart = words(),
                ("", field) => {
                    let text = text.ok_or_else(bad)?.to_string();
                    match field {
                        "id" => def.id = text,
                        "name" => def.name = text,
                        "mcu" => def.mcu = text,
                        "platform" => def.platform = text,
                        "machine" => def.machine = text,
                        _ => return Err(format!("line {}: unknown key {field}", n + 1)),
                    }
                }
                ("mcu_pins", name) => {
                    let mut caps = Caps::default();
                    for w in words() {
                        match w.as_str() {
                            "digital" => caps.digital = true,
                            "pwm" => caps.pwm = true,
                            "adc" => caps.adc = true,
                            "dac" => caps.dac = true,
                            "touch" => caps.touch = true,
                            _ => return Err(format!("line {}: unknown capability {w}", n + 1)),
                        }
                    }
                    def.pins.push(McuPin { name: name.to_string(), caps, display_name: String::new() });
                }
                ("board", name) => {
                    let mcu = text.ok_or_else(bad)?;
                    let index = def
                        .pins
                        .iter()
                        .position(|p| p.name == mcu)
                        .ok_or_else(|| format!("line {}: unknown MCU pin {mcu}", n + 1))?;
                    if def.names.iter().any(|(existing, _)| existing == name) {
                        return Err(format!("line {}: {name} defined twice", n + 1));
                    }
                    if def.pins[index].display_name.is_empty() {
                        def.pins[index].display_name = name.to_string();
                    }
                    def.names.push((name.to_string(), index));
                }
                _ => return Err(format!("line {}: unknown section {section}", n + 1)),
            }
        }
        for pin in &mut def.pins {
            if pin.display_name.is_empty() {
                pin.display_name = pin.name.clone();
            }
        }
        if def.id.is_empty() || def.platform.is_empty() || def.machine.is_empty() {
            return Err("id, platform and machine are required".to_string());
        }
        for name in def.i2c.iter().chain(&def.spi).chain(&def.uart) {
            if def.pin_index(name).is_none() {
                return Err(format!("default bus pin {name} is not a board name"));
            }
        }
        Ok(def)
    }

    /// The MCU pin index of a `board` name.
    pub fn pin_index(&self, board_name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == board_name).map(|(_, i)| *i)
    }
}
