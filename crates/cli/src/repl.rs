//! The CircuitPython REPL as a terminal-independent state machine, `ReplSession`, so that the native front
//! ends (rustyline on a terminal, raw bytes on a pipe) and the WebAssembly package's JS REPL behave alike.
//!
//! Two ways in, over the same state:
//! - keys: `feed(&str)` takes what a serial terminal would send (echoing it, editing with Backspace, Enter,
//!   Tab, and the control keys Ctrl-A raw REPL, Ctrl-B leave it, Ctrl-C cancel/interrupt, Ctrl-D finish or soft
//!   reboot, Ctrl-E paste mode) and prints prompts itself;
//! - lines: a line-editing front end shows `prompt()` with `auto_indent()` pre-typed, then calls `submit_line`,
//!   `cancel_line` (Ctrl-C), `end_of_input` (Ctrl-D), `enter_paste_mode`, `enter_raw_mode`, `leave_raw_mode`
//!   and `completions`. Prompts are then the front end's to print.
//!
//! Everything the session prints, and everything the program prints, goes through the VM host's output
//! (tracebacks included: at a REPL they share one console, as on a board's serial line). Lines end in `\n`,
//! except the raw REPL's protocol texts, which are byte-exact (`\r\n`, `\x04`) because tools parse them.
//!
//! Behaviour (CircuitPython's, with these choices for a desktop command):
//! - Ctrl-D on an empty line soft-reboots (`soft reboot`, a fresh VM, the banner again); a second Ctrl-D right
//!   after that ends the session, as does `sys.exit()` (with its code).
//! - Tab with nothing to complete before the cursor inserts four spaces.

use crate::run::{drive, raise_at_suspension, Outcome};
use circuitpython_core::bytecode::Mode;
use circuitpython_core::{PyErr, Stream, Value, Vm};

pub use circuitpython_board::supervisor::{banner, CIRCUITPYTHON_VERSION};

pub const PRIMARY_PROMPT: &str = ">>> ";
pub const CONTINUATION_PROMPT: &str = "... ";
pub const PASTE_PROMPT: &str = "=== ";
pub const PASTE_MODE_MESSAGE: &str = "\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\n";
pub const RAW_REPL_MESSAGE: &str = "raw REPL; CTRL-B to exit\r\n";
const FILENAME: &str = "<stdin>";

const CTRL_A: char = '\x01';
const CTRL_B: char = '\x02';
const CTRL_C: char = '\x03';
const CTRL_D: char = '\x04';
const CTRL_E: char = '\x05';

/// Whether the session goes on after some input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Continue,
    /// The session ended (`sys.exit(code)`, or Ctrl-D twice); the process should exit with this status.
    Exit(i32),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplMode {
    /// The friendly REPL: `>>> ` / `... `.
    Normal,
    /// Ctrl-E: lines collected under `=== ` until Ctrl-D.
    Paste,
    /// Ctrl-A: the machine-facing raw REPL (no echo, code ended by Ctrl-D).
    Raw,
}

/// Where the escape-sequence filter of the key interface is (arrow keys and the like are not supported and
/// are dropped whole rather than typed).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Escape {
    None,
    Started,
    Csi,
}

pub struct ReplSession {
    vm: Vm,
    make_vm: Box<dyn FnMut() -> Vm>,
    board_description: String,
    mode: ReplMode,
    /// The `input()` prompt while the running code waits for a line.
    waiting_input: Option<String>,
    /// Normal mode: the statement's lines so far; paste and raw mode: the block so far.
    pending: String,
    /// Key interface: the line being typed.
    line: String,
    /// Key interface: echo keys and print prompts.
    echo: bool,
    /// The last thing done was a soft reboot by Ctrl-D: another Ctrl-D ends the session.
    just_rebooted: bool,
    last_was_cr: bool,
    escape: Escape,
    /// Raw mode: how much of the raw-paste request `Ctrl-E A Ctrl-A` has arrived.
    raw_paste_probe: usize,
}

impl ReplSession {
    /// A session on a VM from `make_vm` (called again at each soft reboot). `board_description` is the banner's
    /// `BOARD with MCU` part. `echo` selects the key interface's terminal behaviour (see the module comment).
    pub fn new(mut make_vm: Box<dyn FnMut() -> Vm>, board_description: &str, echo: bool) -> ReplSession {
        ReplSession {
            vm: make_vm(),
            make_vm,
            board_description: board_description.to_string(),
            mode: ReplMode::Normal,
            waiting_input: None,
            pending: String::new(),
            line: String::new(),
            echo,
            just_rebooted: false,
            last_was_cr: false,
            escape: Escape::None,
            raw_paste_probe: 0,
        }
    }

    pub fn vm(&mut self) -> &mut Vm {
        &mut self.vm
    }

    pub fn mode(&self) -> ReplMode {
        self.mode
    }

    fn out(&mut self, text: &str) {
        self.vm.write(Stream::Stdout, text);
    }

    /// Print the banner (and, with echo, the first prompt).
    pub fn start(&mut self) {
        let text = format!("{}\n", banner(&self.board_description));
        self.out(&text);
        self.show_prompt();
    }

    /// The prompt for the next line: `>>> `, `... `, `=== `, the `input()` prompt, or nothing in raw mode.
    pub fn prompt(&self) -> String {
        if let Some(p) = &self.waiting_input {
            return p.clone();
        }
        match self.mode {
            ReplMode::Normal if self.pending.is_empty() => PRIMARY_PROMPT.into(),
            ReplMode::Normal => CONTINUATION_PROMPT.into(),
            ReplMode::Paste => PASTE_PROMPT.into(),
            // The raw REPL's `>` when it waits for a block (printed by the key interface itself).
            ReplMode::Raw if self.pending.is_empty() => ">".into(),
            ReplMode::Raw => String::new(),
        }
    }

    /// The indentation to pre-type on a continuation line: the previous line's, four more after a `:`.
    pub fn auto_indent(&self) -> String {
        if self.mode != ReplMode::Normal || self.waiting_input.is_some() || self.pending.is_empty() {
            return String::new();
        }
        let last = self.pending.trim_end_matches('\n').rsplit('\n').next().unwrap_or("");
        let indent = last.len() - last.trim_start_matches([' ', '\t']).len();
        let extra = if last.trim_end().ends_with(':') { 4 } else { 0 };
        " ".repeat(indent + extra)
    }

    fn show_prompt(&mut self) {
        if !self.echo {
            return;
        }
        let prompt = self.prompt();
        self.line = self.auto_indent();
        let text = format!("{prompt}{}", self.line);
        self.out(&text);
    }

    /// A whole line was entered (without its newline).
    pub fn submit_line(&mut self, line: &str) -> Status {
        self.just_rebooted = false;
        if self.waiting_input.take().is_some() {
            self.vm.resume_input(line);
            return self.keep_running();
        }
        match self.mode {
            ReplMode::Normal => {
                if self.pending.is_empty() && line.trim().is_empty() {
                    return Status::Continue;
                }
                self.pending.push_str(line);
                self.pending.push('\n');
                if circuitpython_parser::is_incomplete(&self.pending) {
                    return Status::Continue;
                }
                let source = std::mem::take(&mut self.pending);
                self.execute(&source, Mode::Single)
            }
            ReplMode::Paste | ReplMode::Raw => {
                self.pending.push_str(line);
                self.pending.push('\n');
                Status::Continue
            }
        }
    }

    /// Ctrl-C while typing: drop the line (and the unfinished statement or paste), or interrupt `input()`.
    pub fn cancel_line(&mut self) -> Status {
        self.just_rebooted = false;
        if self.waiting_input.take().is_some() {
            let class = self.vm.exc.keyboard_interrupt;
            raise_at_suspension(&mut self.vm, class);
            return self.keep_running();
        }
        self.pending.clear();
        if self.mode == ReplMode::Paste {
            self.mode = ReplMode::Normal;
        }
        Status::Continue
    }

    /// Ctrl-D on an empty line: run the paste or raw block, or soft-reboot; at `input()`, end of file.
    pub fn end_of_input(&mut self) -> Status {
        if self.waiting_input.take().is_some() {
            let class = self.vm.exc.eof_error;
            raise_at_suspension(&mut self.vm, class);
            return self.keep_running();
        }
        match self.mode {
            ReplMode::Paste => {
                self.mode = ReplMode::Normal;
                let source = std::mem::take(&mut self.pending);
                self.execute(&source, Mode::Exec)
            }
            ReplMode::Raw => {
                self.out("OK");
                let source = std::mem::take(&mut self.pending).replace("\r\n", "\n").replace('\r', "\n");
                if source.is_empty() {
                    self.out("\r\n");
                    self.soft_reboot();
                    self.out(RAW_REPL_MESSAGE);
                    self.raw_ready();
                    return Status::Continue;
                }
                self.execute(&source, Mode::Exec)
            }
            ReplMode::Normal if self.just_rebooted => Status::Exit(0),
            ReplMode::Normal => {
                self.pending.clear();
                self.soft_reboot();
                let text = format!("{}\n", banner(&self.board_description));
                self.out(&text);
                self.just_rebooted = true;
                Status::Continue
            }
        }
    }

    /// Ctrl-E: paste mode.
    pub fn enter_paste_mode(&mut self) {
        self.just_rebooted = false;
        self.mode = ReplMode::Paste;
        self.pending.clear();
        // A line-editing front end has already ended the prompt's line.
        let message = if self.echo { PASTE_MODE_MESSAGE } else { &PASTE_MODE_MESSAGE[1..] };
        self.out(message);
    }

    /// Ctrl-A: the raw REPL, answered by its banner and `>`.
    pub fn enter_raw_mode(&mut self) {
        self.just_rebooted = false;
        self.mode = ReplMode::Raw;
        self.pending.clear();
        self.out(RAW_REPL_MESSAGE);
        self.raw_ready();
    }

    /// The raw REPL's `>`: ready for the next block (a line-editing front end shows it as its prompt).
    fn raw_ready(&mut self) {
        if self.echo {
            self.out(">");
        }
    }

    /// Ctrl-B in the raw REPL: back to the friendly REPL, with its banner.
    pub fn leave_raw_mode(&mut self) {
        self.mode = ReplMode::Normal;
        self.pending.clear();
        let text = format!("\r\n{}\n", banner(&self.board_description));
        self.out(&text);
    }

    fn soft_reboot(&mut self) {
        self.vm = (self.make_vm)();
        self.waiting_input = None;
        self.out("soft reboot\n");
    }

    fn execute(&mut self, source: &str, mode: Mode) -> Status {
        match self.vm.compile_source(source, FILENAME, mode) {
            Ok(code) => {
                crate::host::take_sigint();
                let globals = self.vm.main_globals;
                self.vm.start(code, globals);
                self.keep_running()
            }
            Err(e) => self.finish(Err(e)),
        }
    }

    /// Run the started code until it ends or waits for `input()`.
    fn keep_running(&mut self) -> Status {
        match drive(&mut self.vm, None) {
            Outcome::Finished(result) => self.finish(result),
            Outcome::TimeUp => self.finish(Ok(Value::None)),
            Outcome::NeedInput(prompt) => {
                if self.echo {
                    self.out(&prompt);
                    self.line.clear();
                }
                self.waiting_input = Some(prompt);
                Status::Continue
            }
        }
    }

    fn finish(&mut self, result: Result<Value, PyErr>) -> Status {
        let raw = self.mode == ReplMode::Raw;
        if raw {
            self.out("\x04");
        }
        let status = match result {
            Ok(_) => Status::Continue,
            Err(e) if self.vm.error_matches(&e, self.vm.exc.system_exit) => {
                Status::Exit(crate::run::exit_status(&mut self.vm, e))
            }
            Err(e) => {
                self.vm.print_exception(e);
                Status::Continue
            }
        };
        if raw {
            self.out("\x04");
            self.raw_ready();
        }
        status
    }

    /// Names that complete the dotted name ending `before_cursor`: (byte offset where the completed word
    /// starts, sorted candidates). `obj.attr` looks `obj` up and lists its attributes (`dir()`); a bare name
    /// lists `__main__`'s globals and the builtins. Names starting with `_` only for a `_` prefix.
    pub fn completions(&mut self, before_cursor: &str) -> (usize, Vec<String>) {
        let word_start = before_cursor
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphanumeric() || *c == '_' || *c == '.')
            .last()
            .map_or(before_cursor.len(), |(i, _)| i);
        let word = &before_cursor[word_start..];
        let (chain, prefix) = match word.rsplit_once('.') {
            Some((chain, prefix)) => (Some(chain), prefix),
            None => (None, word),
        };
        let start = before_cursor.len() - prefix.len();
        let names = match chain {
            None => [self.vm.main_globals, self.vm.builtins]
                .iter()
                .flat_map(|&d| self.vm.dict_store(d).keys())
                .filter_map(|k| self.vm.as_str(k).map(str::to_string))
                .collect(),
            Some(chain) => match self.lookup_chain(chain) {
                Some(obj) => self.vm.dir_names(obj).unwrap_or_default(),
                None => Vec::new(),
            },
        };
        let mut found: Vec<String> = names
            .into_iter()
            .filter(|n| n.starts_with(prefix) && (prefix.starts_with('_') || !n.starts_with('_')))
            .collect();
        found.sort();
        found.dedup();
        (start, found)
    }

    /// The value of `a.b.c` by name lookup and attribute access (no other evaluation).
    fn lookup_chain(&mut self, chain: &str) -> Option<Value> {
        let mut parts = chain.split('.');
        let first = parts.next()?;
        if first.is_empty() || first.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let (globals, builtins) = (self.vm.main_globals, self.vm.builtins);
        let mut obj = self.vm.dict_get_str(globals, first).or_else(|| self.vm.dict_get_str(builtins, first))?;
        for part in parts {
            obj = self.vm.getattr_str(obj, part).ok()?;
        }
        Some(obj)
    }

    /// Feed keys as a serial terminal sends them (see the module comment).
    pub fn feed(&mut self, keys: &str) -> Status {
        for key in keys.chars() {
            if let Status::Exit(code) = self.key(key) {
                return Status::Exit(code);
            }
        }
        Status::Continue
    }

    fn key(&mut self, key: char) -> Status {
        let after_cr = std::mem::replace(&mut self.last_was_cr, key == '\r');
        if self.mode == ReplMode::Raw && self.waiting_input.is_none() {
            return self.raw_key(key);
        }
        match (self.escape, key) {
            (Escape::None, '\x1b') => {
                self.escape = Escape::Started;
                return Status::Continue;
            }
            (Escape::Started, '[' | 'O') => {
                self.escape = Escape::Csi;
                return Status::Continue;
            }
            (Escape::Csi, c) if !c.is_ascii_alphabetic() && c != '~' => return Status::Continue,
            (Escape::Started | Escape::Csi, _) => {
                self.escape = Escape::None;
                return Status::Continue;
            }
            (Escape::None, _) => {}
        }
        match key {
            '\n' if after_cr => Status::Continue,
            '\r' | '\n' => {
                self.echo_text("\n");
                let line = std::mem::take(&mut self.line);
                let status = self.submit_line(&line);
                self.prompt_if_idle();
                status
            }
            '\x7f' | '\x08' => {
                if self.line.pop().is_some() {
                    self.echo_text("\x08 \x08");
                }
                Status::Continue
            }
            '\t' => {
                self.tab();
                Status::Continue
            }
            CTRL_C => {
                self.echo_text("\n");
                self.line.clear();
                let status = self.cancel_line();
                self.prompt_if_idle();
                status
            }
            CTRL_D if self.line.is_empty() || self.mode == ReplMode::Paste || self.waiting_input.is_some() => {
                let status = if self.mode == ReplMode::Paste {
                    let line = std::mem::take(&mut self.line);
                    if !line.is_empty() {
                        self.submit_line(&line);
                    }
                    self.echo_text("\n");
                    self.end_of_input()
                } else {
                    self.echo_text("\n");
                    self.end_of_input()
                };
                self.prompt_if_idle();
                status
            }
            CTRL_E if self.mode == ReplMode::Normal && self.waiting_input.is_none() => {
                self.line.clear();
                self.enter_paste_mode();
                self.show_prompt();
                Status::Continue
            }
            CTRL_A if self.mode == ReplMode::Normal && self.waiting_input.is_none() => {
                self.line.clear();
                self.echo_text("\n");
                self.enter_raw_mode();
                Status::Continue
            }
            CTRL_B if self.mode == ReplMode::Normal && self.waiting_input.is_none() => {
                self.line.clear();
                self.pending.clear();
                let text = format!("\n{}\n", banner(&self.board_description));
                self.out(&text);
                self.show_prompt();
                Status::Continue
            }
            c if c < ' ' => Status::Continue,
            c => {
                self.line.push(c);
                let mut text = [0u8; 4];
                self.echo_text(c.encode_utf8(&mut text));
                Status::Continue
            }
        }
    }

    fn echo_text(&mut self, text: &str) {
        if self.echo {
            self.out(text);
        }
    }

    /// After a line: the next prompt, unless the program is still waiting in `input()` (its prompt is out).
    fn prompt_if_idle(&mut self) {
        if self.waiting_input.is_none() && self.mode != ReplMode::Raw {
            self.show_prompt();
        }
    }

    fn raw_key(&mut self, key: char) -> Status {
        // `Ctrl-E A Ctrl-A` asks for raw-paste mode; answering `R\x00` (unsupported) makes tools such as
        // mpremote fall back to the plain raw REPL.
        const RAW_PASTE_REQUEST: [char; 3] = [CTRL_E, 'A', CTRL_A];
        if self.pending.is_empty() && key == RAW_PASTE_REQUEST[self.raw_paste_probe] {
            self.raw_paste_probe += 1;
            if self.raw_paste_probe == RAW_PASTE_REQUEST.len() {
                self.raw_paste_probe = 0;
                self.out("R\x00");
            }
            return Status::Continue;
        }
        // A partial request was ordinary input after all.
        let probe: String = RAW_PASTE_REQUEST[..std::mem::take(&mut self.raw_paste_probe)].iter().collect();
        for c in probe.chars().filter(|c| !c.is_control()) {
            self.pending.push(c);
        }
        match key {
            CTRL_A => Status::Continue,
            CTRL_B => {
                self.leave_raw_mode();
                self.show_prompt();
                Status::Continue
            }
            CTRL_C => {
                self.pending.clear();
                Status::Continue
            }
            CTRL_D => {
                let status = self.end_of_input();
                if self.mode == ReplMode::Normal {
                    self.prompt_if_idle();
                }
                status
            }
            c => {
                self.pending.push(c);
                Status::Continue
            }
        }
    }

    /// Tab in the key interface: complete a unique name or the candidates' common prefix; list the candidates
    /// when there is nothing more to add; indent when there is no word.
    fn tab(&mut self) {
        let before = self.line.clone();
        if before.trim().is_empty() {
            self.line.push_str("    ");
            self.echo_text("    ");
            return;
        }
        let (start, candidates) = self.completions(&before);
        let typed = &before[start..];
        let common = common_prefix(&candidates);
        if common.len() > typed.len() {
            let rest = common[typed.len()..].to_string();
            self.line.push_str(&rest);
            self.echo_text(&rest);
        } else if candidates.len() > 1 && self.echo {
            let listing = format!("\n{}\n{}{}", candidates.join("  "), self.prompt(), self.line);
            self.out(&listing);
        }
    }
}

/// The longest prefix all `names` share.
fn common_prefix(names: &[String]) -> &str {
    let Some(first) = names.first() else { return "" };
    let mut end = first.len();
    for n in &names[1..] {
        end = end.min(first.bytes().zip(n.bytes()).take_while(|(a, b)| a == b).count());
    }
    while !first.is_char_boundary(end) {
        end -= 1;
    }
    &first[..end]
}
