//! The CircuitPython REPL as a terminal- and executor-independent state machine, `ReplSession`, shared by the
//! native command line and the WebAssembly package so that both REPLs behave alike.
//!
//! The session never runs code itself. It holds no VM either: every call gets the host's current `&mut Vm`
//! (to print, to complete names, to resume `input()`). When an entry is complete a call returns
//! `Status::Run { source, mode }`; the host compiles and runs it its own way (the native CLI blocking, the
//! WebAssembly host in slices between event-loop turns) and then calls `finished(vm, result)`, which prints the
//! traceback (or the raw REPL's `\x04` framing) and the next prompt. While the code runs:
//! - keys fed in are queued (type-ahead) and handled after `finished`; the host turns Ctrl-C into an interrupt;
//! - when the code waits in `input()`, the host calls `wait_input(vm, prompt)`; the next typed line (or Ctrl-C,
//!   Ctrl-D) resumes the VM and the call returns `Status::Resume`: the host goes on running the code.
//!
//! `Status::SoftReboot` asks the host for a fresh VM (Ctrl-D), then for `rebooted(new_vm)`.
//!
//! Two ways in, over the same state:
//! - keys: `feed(vm, keys)` takes what a serial terminal would send and prints prompts itself. It edits the line
//!   as MicroPython's readline does, redrawing with backspaces, `ESC [ n D` and `ESC [ K` (so any terminal and
//!   xterm.js show it): Left/Right, Home/End, Backspace (four spaces at once in the leading indentation),
//!   Delete, Tab (completes the word before the cursor), Enter, Up/Down for history, the emacs keys Ctrl-B/F
//!   (left/right), Ctrl-K/U (delete to the end/start), Ctrl-P/N (history), Ctrl-W and Alt-Backspace, Alt-D
//!   (delete a word), Alt-B/F and Ctrl-Left/Right (move by words). At an empty line Ctrl-A enters the raw REPL
//!   (where Ctrl-B leaves it), Ctrl-B prints the banner, Ctrl-D finishes or soft-reboots and Ctrl-E enters paste
//!   mode; at a non-empty line Ctrl-A/E go home/end and Ctrl-D deletes at the cursor. Ctrl-C cancels the line.
//!   Other escape sequences are dropped, never typed;
//! - lines: a line-editing front end (rustyline) shows `prompt()` with `auto_indent()` pre-typed, then calls
//!   `submit_line`, `cancel_line` (Ctrl-C), `end_of_input` (Ctrl-D), `enter_paste_mode`, `enter_raw_mode`,
//!   `leave_raw_mode` and `completions`. Prompts are then the front end's to print.
//!
//! Everything the session prints goes to the VM's stdout, tracebacks included (at a REPL they share one console,
//! as on a board's serial line). Lines end in `\n`, except the raw REPL's protocol texts, which are byte-exact
//! (`\r\n`, `\x04`) because tools parse them.
//!
//! Behaviour (CircuitPython's, with these choices for a desktop command):
//! - Ctrl-D on an empty line soft-reboots (`soft reboot`, a fresh VM, the banner again); a second Ctrl-D right
//!   after that ends the session (`Status::Exit(0)`), as does `sys.exit()` (with its code).
//! - Tab with nothing to complete before the cursor inserts four spaces.

use crate::supervisor::{banner, system_exit_status};
use circuitpython_core::bytecode::Mode;
use circuitpython_core::{ObjRef, PyErr, Stream, Truth, Value, Vm};

pub const PRIMARY_PROMPT: &str = ">>> ";
pub const CONTINUATION_PROMPT: &str = "... ";
pub const PASTE_PROMPT: &str = "=== ";
pub const PASTE_MODE_MESSAGE: &str = "\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\n";
pub const RAW_REPL_MESSAGE: &str = "raw REPL; CTRL-B to exit\r\n";
/// The file name REPL entries compile under (tracebacks show it).
pub const REPL_FILENAME: &str = "<stdin>";

const CTRL_A: char = '\x01';
const CTRL_B: char = '\x02';
const CTRL_C: char = '\x03';
const CTRL_D: char = '\x04';
const CTRL_E: char = '\x05';
const CTRL_F: char = '\x06';
const CTRL_K: char = '\x0b';
const CTRL_N: char = '\x0e';
const CTRL_P: char = '\x10';
const CTRL_U: char = '\x15';
const CTRL_W: char = '\x17';

/// What the host has to do after a call into the session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Nothing: waiting for more keys (or lines).
    Idle,
    /// Compile `source` (file name `REPL_FILENAME`) in `mode`, run it in `__main__`, then call `finished`.
    /// `Single` for REPL entries (expression values are printed), `Exec` for paste-mode and raw-REPL blocks.
    Run { source: String, mode: Mode },
    /// The code waiting in `input()` was resumed (with a line, or an exception raised where it waits): go on
    /// running it.
    Resume,
    /// Make a fresh VM (a soft reboot), then call `rebooted` with it.
    SoftReboot,
    /// The session ended (`sys.exit(code)`, or Ctrl-D twice); a command line exits with this status.
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

/// Where the escape-sequence filter of the key interface is (the editing keys' sequences act; other sequences
/// are dropped whole rather than typed).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Escape {
    None,
    /// `ESC` came: `[` or `O` starts a key's sequence, another key makes an Alt-key.
    Started,
    /// `ESC [`: parameter bytes (kept in `csi_params`) up to a final byte.
    Csi,
    /// `ESC O`: one final byte (keys in the terminal's application mode).
    Ss3,
}

/// A line-editing key's action on the line being typed (MicroPython's readline keys, see `key`).
#[derive(Clone, Copy)]
enum Edit {
    Left,
    Right,
    Home,
    End,
    WordLeft,
    WordRight,
    Backspace,
    Delete,
    KillToEnd,
    KillToStart,
    KillWordBefore,
    KillWordAfter,
    Older,
    Newer,
}

pub struct ReplSession {
    board_description: String,
    mode: ReplMode,
    /// A `Status::Run` was handed out and `finished` not called yet.
    running: bool,
    /// The `input()` prompt while the running code waits for a line.
    waiting_input: Option<String>,
    /// Keys fed while code runs, handled once it is done: those from byte `queued_at` on (a string read
    /// forwards rather than a deque of chars: one less copy of the deque's code in the WebAssembly build).
    queued: String,
    queued_at: usize,
    /// Normal mode: the statement's lines so far; paste and raw mode: the block so far.
    pending: String,
    /// Key interface: the line being typed, and the cursor in it (a byte offset on a character boundary).
    line: String,
    cursor: usize,
    /// Key interface: echo keys and print prompts.
    echo: bool,
    /// Key interface: lines entered at `>>> `/`... `, oldest first, and which one Up/Down shows (None: the
    /// line being typed).
    history: Vec<String>,
    history_pos: Option<usize>,
    /// The last thing done was a soft reboot by Ctrl-D: another Ctrl-D ends the session.
    just_rebooted: bool,
    last_was_cr: bool,
    escape: Escape,
    csi_params: String,
    /// Raw mode: how much of the raw-paste request `Ctrl-E A Ctrl-A` has arrived.
    raw_paste_probe: usize,
}

fn out(vm: &mut Vm, text: &str) {
    vm.write(Stream::Stdout, text);
}

/// Resume code waiting in `input()` by raising a new `class()` exception where it waits.
pub fn raise_at_suspension(vm: &mut Vm, class: ObjRef) {
    let exc = vm.new_exception_value(class, vec![]);
    vm.resume_error(exc);
}

impl ReplSession {
    /// A session for the board `board_description` (the banner's `BOARD with MCU` part). `echo` selects the
    /// key interface's terminal behaviour (see the module comment).
    pub fn new(board_description: &str, echo: bool) -> ReplSession {
        ReplSession {
            board_description: board_description.to_string(),
            mode: ReplMode::Normal,
            running: false,
            waiting_input: None,
            queued: String::new(),
            queued_at: 0,
            pending: String::new(),
            line: String::new(),
            cursor: 0,
            echo,
            history: Vec::new(),
            history_pos: None,
            just_rebooted: false,
            last_was_cr: false,
            escape: Escape::None,
            csi_params: String::new(),
            raw_paste_probe: 0,
        }
    }

    pub fn mode(&self) -> ReplMode {
        self.mode
    }

    /// True at an empty primary prompt with nothing running or queued.
    pub fn is_idle(&self) -> bool {
        !self.running
            && self.mode == ReplMode::Normal
            && self.pending.is_empty()
            && self.line.trim().is_empty()
            && self.queued_at == self.queued.len()
    }

    /// Print the banner (and, with echo, the first prompt).
    pub fn start(&mut self, vm: &mut Vm) {
        let text = format!("{}\n", banner(&self.board_description));
        out(vm, &text);
        self.show_prompt(vm);
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

    fn show_prompt(&mut self, vm: &mut Vm) {
        if !self.echo {
            return;
        }
        let prompt = self.prompt();
        self.line = self.auto_indent();
        self.cursor = self.line.len();
        self.history_pos = None;
        out(vm, &format!("{prompt}{}", self.line));
    }

    /// A whole line was entered (without its newline).
    pub fn submit_line(&mut self, vm: &mut Vm, line: &str) -> Status {
        self.just_rebooted = false;
        if self.waiting_input.take().is_some() {
            vm.resume_input(line);
            return Status::Resume;
        }
        match self.mode {
            ReplMode::Normal => {
                if self.pending.is_empty() && line.trim().is_empty() {
                    return Status::Idle;
                }
                self.pending.push_str(line);
                self.pending.push('\n');
                if circuitpython_parser::is_incomplete(&self.pending) {
                    return Status::Idle;
                }
                let source = std::mem::take(&mut self.pending);
                self.run(source, Mode::Single)
            }
            ReplMode::Paste | ReplMode::Raw => {
                self.pending.push_str(line);
                self.pending.push('\n');
                Status::Idle
            }
        }
    }

    /// Ctrl-C while typing: drop the line (and the unfinished statement or paste), or interrupt `input()`.
    pub fn cancel_line(&mut self, vm: &mut Vm) -> Status {
        self.just_rebooted = false;
        if self.waiting_input.take().is_some() {
            let class = vm.exc.keyboard_interrupt;
            raise_at_suspension(vm, class);
            return Status::Resume;
        }
        self.pending.clear();
        if self.mode == ReplMode::Paste {
            self.mode = ReplMode::Normal;
        }
        Status::Idle
    }

    /// Ctrl-D on an empty line: run the paste or raw block, or soft-reboot; at `input()`, end of file.
    pub fn end_of_input(&mut self, vm: &mut Vm) -> Status {
        if self.waiting_input.take().is_some() {
            let class = vm.exc.eof_error;
            raise_at_suspension(vm, class);
            return Status::Resume;
        }
        match self.mode {
            ReplMode::Paste => {
                self.mode = ReplMode::Normal;
                let source = std::mem::take(&mut self.pending);
                self.run(source, Mode::Exec)
            }
            ReplMode::Raw => {
                out(vm, "OK");
                let source = unix_newlines(&std::mem::take(&mut self.pending));
                if source.is_empty() {
                    out(vm, "\r\n");
                    return Status::SoftReboot;
                }
                self.run(source, Mode::Exec)
            }
            ReplMode::Normal if self.just_rebooted => Status::Exit(0),
            ReplMode::Normal => {
                self.pending.clear();
                Status::SoftReboot
            }
        }
    }

    /// After `Status::SoftReboot`: `vm` is the fresh one. Prints `soft reboot` and the banner (the raw REPL's
    /// in raw mode), then goes on with queued keys.
    pub fn rebooted(&mut self, vm: &mut Vm) -> Status {
        self.running = false;
        self.waiting_input = None;
        out(vm, "soft reboot\n");
        if self.mode == ReplMode::Raw {
            out(vm, RAW_REPL_MESSAGE);
            self.raw_ready(vm);
        } else {
            let text = format!("{}\n", banner(&self.board_description));
            out(vm, &text);
            self.just_rebooted = true;
            self.show_prompt(vm);
        }
        self.process(vm)
    }

    /// Ctrl-E: paste mode.
    pub fn enter_paste_mode(&mut self, vm: &mut Vm) {
        self.just_rebooted = false;
        self.mode = ReplMode::Paste;
        self.pending.clear();
        // A line-editing front end has already ended the prompt's line.
        let message = if self.echo { PASTE_MODE_MESSAGE } else { &PASTE_MODE_MESSAGE[1..] };
        out(vm, message);
    }

    /// Ctrl-A: the raw REPL, answered by its banner and `>`.
    pub fn enter_raw_mode(&mut self, vm: &mut Vm) {
        self.just_rebooted = false;
        self.mode = ReplMode::Raw;
        self.pending.clear();
        out(vm, RAW_REPL_MESSAGE);
        self.raw_ready(vm);
    }

    /// The raw REPL's `>`: ready for the next block (a line-editing front end shows it as its prompt).
    fn raw_ready(&mut self, vm: &mut Vm) {
        if self.echo {
            out(vm, ">");
        }
    }

    /// Ctrl-B in the raw REPL: back to the friendly REPL, with its banner.
    pub fn leave_raw_mode(&mut self, vm: &mut Vm) {
        self.mode = ReplMode::Normal;
        self.pending.clear();
        let text = format!("\r\n{}\n", banner(&self.board_description));
        out(vm, &text);
    }

    fn run(&mut self, source: String, mode: Mode) -> Status {
        self.running = true;
        Status::Run { source, mode }
    }

    /// The running code waits in `input(prompt)`: the next line typed answers it (see the module comment).
    pub fn wait_input(&mut self, vm: &mut Vm, prompt: &str) -> Status {
        if self.echo {
            out(vm, prompt);
            self.take_line();
        }
        self.waiting_input = Some(prompt.to_string());
        self.process(vm)
    }

    /// The code of the last `Status::Run` ended with `result` (a compile error counts): print its traceback (or
    /// the raw REPL's framing), then the next prompt, and go on with queued keys.
    pub fn finished(&mut self, vm: &mut Vm, result: Result<Value, PyErr>) -> Status {
        self.running = false;
        self.waiting_input = None;
        let raw = self.mode == ReplMode::Raw;
        if raw {
            out(vm, "\x04");
        }
        if let Err(e) = result {
            if vm.error_matches(&e, vm.exc.system_exit) {
                return Status::Exit(system_exit_status(vm, e));
            }
            let exc = vm.materialize(e);
            let text = vm.format_exception(exc);
            out(vm, &text);
        }
        if raw {
            out(vm, "\x04");
            self.raw_ready(vm);
        } else {
            self.show_prompt(vm);
        }
        self.process(vm)
    }

    /// Names that complete the dotted name ending `before_cursor`: (byte offset where the completed word
    /// starts, sorted candidates). `obj.attr` looks `obj` up and lists its attributes (`dir()`); a bare name
    /// lists `__main__`'s globals and the builtins. Names starting with `_` only for a `_` prefix.
    pub fn completions(&self, vm: &mut Vm, before_cursor: &str) -> (usize, Vec<String>) {
        let word = dotted_word(before_cursor);
        let (chain, prefix) = match word.rsplit_once('.') {
            Some((chain, prefix)) => (Some(chain), prefix),
            None => (None, word),
        };
        let start = before_cursor.len() - prefix.len();
        let mut names = Vec::new();
        match chain {
            None => {
                for d in [vm.main_globals, vm.builtins] {
                    for k in vm.dict_store(d).keys() {
                        if let Some(name) = vm.as_str(k) {
                            names.push(name.to_string());
                        }
                    }
                }
            }
            Some(chain) => {
                if let Some(obj) = lookup_chain(vm, chain) {
                    names = vm.dir_names(obj).unwrap_or_default();
                }
            }
        }
        let mut found = Vec::new();
        for n in names {
            if n.starts_with(prefix) && (prefix.starts_with('_') || !n.starts_with('_')) {
                found.push(n);
            }
        }
        circuitpython_core::objects::sort::sort_strings(&mut found);
        found.dedup();
        (start, found)
    }

    /// Feed keys as a serial terminal sends them (see the module comment). Returns at the first thing the
    /// host has to do; the keys after it stay queued until the host calls back (`finished`, `rebooted`...).
    pub fn feed(&mut self, vm: &mut Vm, keys: &str) -> Status {
        if self.queued_at == self.queued.len() {
            // Everything queued was handled: start afresh rather than let the string grow.
            self.queued.clear();
            self.queued_at = 0;
        }
        self.queued.push_str(keys);
        self.process(vm)
    }

    /// Handle queued keys until one needs the host, or none is left; keys wait while code runs (except for
    /// `input()`).
    fn process(&mut self, vm: &mut Vm) -> Status {
        while !self.running || self.waiting_input.is_some() {
            let Some(key) = self.queued[self.queued_at..].chars().next() else { break };
            self.queued_at += key.len_utf8();
            let status = self.key(vm, key);
            if status != Status::Idle {
                return status;
            }
        }
        Status::Idle
    }

    fn key(&mut self, vm: &mut Vm, key: char) -> Status {
        let after_cr = std::mem::replace(&mut self.last_was_cr, key == '\r');
        if self.mode == ReplMode::Raw && self.waiting_input.is_none() {
            return self.raw_key(vm, key);
        }
        if self.escape != Escape::None {
            // A control key ends an unfinished sequence (a lone Esc press) and counts as itself, so that Enter or
            // Ctrl-C after Esc are not lost; DEL after Esc is Alt-Backspace.
            if !key.is_control() || key == '\x7f' {
                if let Some(edit) = self.escape_key(key) {
                    self.edit(vm, edit);
                }
                return Status::Idle;
            }
            self.escape = Escape::None;
        }
        let at_prompt = self.mode == ReplMode::Normal && self.waiting_input.is_none();
        // Ctrl-A, Ctrl-B, Ctrl-D and Ctrl-E are the REPL's own commands at an empty line and editing keys
        // otherwise, as in MicroPython's readline.
        let edit = match key {
            '\x1b' => {
                self.escape = Escape::Started;
                return Status::Idle;
            }
            '\n' if after_cr => return Status::Idle,
            '\r' | '\n' => {
                self.end_of_line(vm);
                let line = self.take_line();
                if at_prompt {
                    self.remember(&line);
                }
                let status = self.submit_line(vm, &line);
                self.prompt_if_idle(vm, &status);
                return status;
            }
            '\t' => {
                self.tab(vm);
                return Status::Idle;
            }
            CTRL_C => {
                self.end_of_line(vm);
                self.take_line();
                let status = self.cancel_line(vm);
                self.prompt_if_idle(vm, &status);
                return status;
            }
            CTRL_D if self.line.is_empty() || self.mode == ReplMode::Paste || self.waiting_input.is_some() => {
                self.end_of_line(vm);
                let line = self.take_line();
                if self.mode == ReplMode::Paste && self.waiting_input.is_none() && !line.is_empty() {
                    self.submit_line(vm, &line);
                }
                let status = self.end_of_input(vm);
                self.prompt_if_idle(vm, &status);
                return status;
            }
            CTRL_E if at_prompt && self.line.is_empty() => {
                self.enter_paste_mode(vm);
                self.show_prompt(vm);
                return Status::Idle;
            }
            CTRL_A if at_prompt && self.line.is_empty() => {
                self.echo_text(vm, "\n");
                self.enter_raw_mode(vm);
                return Status::Idle;
            }
            CTRL_B if at_prompt && self.line.is_empty() => {
                self.pending.clear();
                let text = format!("\n{}\n", banner(&self.board_description));
                out(vm, &text);
                self.show_prompt(vm);
                return Status::Idle;
            }
            CTRL_A => Edit::Home,
            CTRL_B => Edit::Left,
            CTRL_D => Edit::Delete,
            CTRL_E => Edit::End,
            CTRL_F => Edit::Right,
            CTRL_K => Edit::KillToEnd,
            CTRL_N => Edit::Newer,
            CTRL_P => Edit::Older,
            CTRL_U => Edit::KillToStart,
            CTRL_W => Edit::KillWordBefore,
            '\x7f' | '\x08' => Edit::Backspace,
            c if c.is_control() => return Status::Idle,
            c => {
                let mut text = [0u8; 4];
                self.replace(vm, self.cursor..self.cursor, c.encode_utf8(&mut text));
                return Status::Idle;
            }
        };
        self.edit(vm, edit);
        Status::Idle
    }

    /// The next key of an escape sequence: the edit a finished sequence stands for, if any (unknown sequences
    /// are dropped whole). The sequences are those of xterm-like terminals (xterm.js included).
    fn escape_key(&mut self, key: char) -> Option<Edit> {
        match self.escape {
            Escape::Started => {
                self.escape = match key {
                    '[' => Escape::Csi,
                    'O' => Escape::Ss3,
                    _ => Escape::None,
                };
                self.csi_params.clear();
                // Alt-key: MicroPython's word keys.
                match key {
                    'b' => Some(Edit::WordLeft),
                    'f' => Some(Edit::WordRight),
                    'd' => Some(Edit::KillWordAfter),
                    '\x7f' => Some(Edit::KillWordBefore),
                    _ => None,
                }
            }
            // Parameter and intermediate bytes; kept only as long as a known sequence's, so that a flood of
            // them cannot grow the buffer (a truncated one matches nothing).
            Escape::Csi if (' '..='?').contains(&key) => {
                if self.csi_params.len() < 4 {
                    self.csi_params.push(key);
                }
                None
            }
            Escape::Csi | Escape::Ss3 => {
                self.escape = Escape::None;
                let params = std::mem::take(&mut self.csi_params);
                match (params.as_str(), key) {
                    ("", 'A') => Some(Edit::Older),
                    ("", 'B') => Some(Edit::Newer),
                    ("", 'C') => Some(Edit::Right),
                    ("", 'D') => Some(Edit::Left),
                    ("", 'H') | ("1" | "7", '~') => Some(Edit::Home),
                    ("", 'F') | ("4" | "8", '~') => Some(Edit::End),
                    ("3", '~') => Some(Edit::Delete),
                    // Ctrl-Right, Ctrl-Left.
                    ("1;5", 'C') => Some(Edit::WordRight),
                    ("1;5", 'D') => Some(Edit::WordLeft),
                    _ => None,
                }
            }
            Escape::None => None,
        }
    }

    fn edit(&mut self, vm: &mut Vm, edit: Edit) {
        let (cursor, len) = (self.cursor, self.line.len());
        match edit {
            Edit::Left => self.move_to(vm, self.char_before()),
            Edit::Right => self.move_to(vm, self.char_after()),
            Edit::Home => self.move_to(vm, 0),
            Edit::End => self.move_to(vm, len),
            Edit::WordLeft => self.move_to(vm, self.word_start()),
            Edit::WordRight => self.move_to(vm, self.word_end()),
            Edit::Backspace => self.replace(vm, self.backspace_start()..cursor, ""),
            Edit::Delete => self.replace(vm, cursor..self.char_after(), ""),
            Edit::KillToEnd => self.replace(vm, cursor..len, ""),
            Edit::KillToStart => self.replace(vm, 0..cursor, ""),
            Edit::KillWordBefore => self.replace(vm, self.word_start()..cursor, ""),
            Edit::KillWordAfter => self.replace(vm, cursor..self.word_end(), ""),
            Edit::Older => self.recall(vm, true),
            Edit::Newer => self.recall(vm, false),
        }
    }

    /// Where the character before the cursor starts (the cursor itself at the start of the line).
    fn char_before(&self) -> usize {
        self.line[..self.cursor].char_indices().next_back().map_or(0, |(i, _)| i)
    }

    /// Where Backspace deletes from: the character before the cursor, or a whole indentation step when only
    /// spaces (four or more) precede it, as MicroPython's auto-indent does, so that one key dedents a block.
    fn backspace_start(&self) -> usize {
        let before = &self.line[..self.cursor];
        if before.len() >= 4 && before.bytes().all(|b| b == b' ') {
            self.cursor - 4
        } else {
            self.char_before()
        }
    }

    /// Where the character after the cursor ends (the cursor itself at the end of the line).
    fn char_after(&self) -> usize {
        self.line[self.cursor..].chars().next().map_or(self.cursor, |c| self.cursor + c.len_utf8())
    }

    /// Where the word before the cursor starts: back over non-word characters, then over the word (words as
    /// MicroPython's readline sees them: ASCII letters and digits).
    fn word_start(&self) -> usize {
        let before = self.line[..self.cursor].trim_end_matches(|c: char| !c.is_ascii_alphanumeric());
        before.trim_end_matches(|c: char| c.is_ascii_alphanumeric()).len()
    }

    /// Where the word after the cursor ends: over non-word characters, then over the word.
    fn word_end(&self) -> usize {
        let after = self.line[self.cursor..].trim_start_matches(|c: char| !c.is_ascii_alphanumeric());
        self.line.len() - after.trim_start_matches(|c: char| c.is_ascii_alphanumeric()).len()
    }

    /// Move the cursor to `pos`: back by cursor movement, forward by printing the characters passed over (as
    /// MicroPython does; it needs no knowledge of the terminal).
    fn move_to(&mut self, vm: &mut Vm, pos: usize) {
        let text = if pos < self.cursor {
            cursor_back(columns(&self.line[pos..self.cursor]))
        } else {
            self.line[self.cursor..pos].to_string()
        };
        self.cursor = pos;
        self.echo_text(vm, &text);
    }

    /// Replace `range` of the line (it starts at or before the cursor) by `text`, leaving the cursor after it,
    /// and redraw: back to where the change starts, the line's new rest, an erase of what the old line left
    /// beyond it, back to the cursor.
    fn replace(&mut self, vm: &mut Vm, range: std::ops::Range<usize>, text: &str) {
        if range.is_empty() && text.is_empty() {
            return;
        }
        let start = range.start;
        let back = columns(&self.line[start..self.cursor]);
        let old_rest = columns(&self.line[start..]);
        // (Not `replace_range`, whose splicing machinery the WebAssembly build would carry for this alone.)
        let tail = self.line.split_off(range.end);
        self.line.truncate(start);
        self.line.push_str(text);
        self.line.push_str(&tail);
        self.cursor = start + text.len();
        if self.echo {
            let rest = &self.line[start..];
            let erase = if columns(rest) < old_rest { "\x1b[K" } else { "" };
            let after = cursor_back(columns(&self.line[self.cursor..]));
            out(vm, &format!("{}{rest}{erase}{after}", cursor_back(back)));
        }
    }

    /// Before the line ends (Enter, Ctrl-C): the cursor to its end, so that what follows is printed below the
    /// whole line even when it wraps on the terminal.
    fn end_of_line(&mut self, vm: &mut Vm) {
        self.move_to(vm, self.line.len());
        self.echo_text(vm, "\n");
    }

    /// Take the line being typed, leaving an empty one.
    fn take_line(&mut self) -> String {
        self.cursor = 0;
        std::mem::take(&mut self.line)
    }

    fn echo_text(&mut self, vm: &mut Vm, text: &str) {
        if self.echo {
            out(vm, text);
        }
    }

    /// After a key that ended a line: the next prompt, unless the host now has something to do (running code
    /// prompts when it is done; code resumed from `input()` is still running).
    fn prompt_if_idle(&mut self, vm: &mut Vm, status: &Status) {
        if *status == Status::Idle && self.waiting_input.is_none() && self.mode != ReplMode::Raw {
            self.show_prompt(vm);
        }
    }

    /// Keep an entered line for Up/Down (not blank ones, nor a repeat of the last).
    fn remember(&mut self, line: &str) {
        let text = line.trim_end();
        if !text.trim().is_empty() && self.history.last().map(String::as_str) != Some(text) {
            self.history.push(text.to_string());
        }
        self.history_pos = None;
    }

    /// Up (`older`) or Down: replace the line being typed by the previous or next history entry (Down past the
    /// newest gives an empty line).
    fn recall(&mut self, vm: &mut Vm, older: bool) {
        if self.waiting_input.is_some() || self.mode != ReplMode::Normal || self.history.is_empty() {
            return;
        }
        let pos = match (self.history_pos, older) {
            (None, true) => Some(self.history.len() - 1),
            (None, false) => return,
            (Some(p), true) => Some(p.saturating_sub(1)),
            (Some(p), false) => (p + 1 < self.history.len()).then_some(p + 1),
        };
        self.history_pos = pos;
        let text = pos.map_or_else(String::new, |p| self.history[p].clone());
        self.replace(vm, 0..self.line.len(), &text);
    }

    fn raw_key(&mut self, vm: &mut Vm, key: char) -> Status {
        // `Ctrl-E A Ctrl-A` asks for raw-paste mode; answering `R\x00` (unsupported) makes tools such as
        // mpremote fall back to the plain raw REPL.
        const RAW_PASTE_REQUEST: [char; 3] = [CTRL_E, 'A', CTRL_A];
        if self.pending.is_empty() && key == RAW_PASTE_REQUEST[self.raw_paste_probe] {
            self.raw_paste_probe += 1;
            if self.raw_paste_probe == RAW_PASTE_REQUEST.len() {
                self.raw_paste_probe = 0;
                out(vm, "R\x00");
            }
            return Status::Idle;
        }
        // A partial request was ordinary input after all.
        for &c in &RAW_PASTE_REQUEST[..std::mem::take(&mut self.raw_paste_probe)] {
            if !c.is_control() {
                self.pending.push(c);
            }
        }
        match key {
            CTRL_A => Status::Idle,
            CTRL_B => {
                self.leave_raw_mode(vm);
                self.show_prompt(vm);
                Status::Idle
            }
            CTRL_C => {
                self.pending.clear();
                Status::Idle
            }
            CTRL_D => self.end_of_input(vm),
            c => {
                self.pending.push(c);
                Status::Idle
            }
        }
    }

    /// Tab in the key interface: complete the name before the cursor, uniquely or to the candidates' common
    /// prefix; list the candidates when there is nothing more to add; indent when there is no word.
    fn tab(&mut self, vm: &mut Vm) {
        let at = self.cursor..self.cursor;
        let before = self.line[..self.cursor].to_string();
        if before.trim().is_empty() {
            self.replace(vm, at, "    ");
            return;
        }
        let (start, candidates) = self.completions(vm, &before);
        let typed = &before[start..];
        let common = common_prefix(&candidates);
        if common.len() > typed.len() {
            let mut rest = common[typed.len()..].to_string();
            // A unique callable completes with its opening bracket, as CPython's completer does.
            if candidates.len() == 1 && is_callable(vm, &format!("{}{rest}", dotted_word(&before))) {
                rest.push('(');
            }
            self.replace(vm, at, &rest);
        } else if candidates.len() > 1 && self.echo {
            let (cursor, names) = (self.cursor, candidates.join("  "));
            // Below the whole line, then the line again with the cursor where it was.
            self.end_of_line(vm);
            let back = cursor_back(columns(&self.line[cursor..]));
            out(vm, &format!("{names}\n{}{}{back}", self.prompt(), self.line));
            self.cursor = cursor;
        }
    }
}

/// Move the terminal's cursor `n` columns left: a few backspaces, or one `ESC [ n D` for more (as MicroPython's
/// `mp_hal_move_cursor_back`).
fn cursor_back(n: usize) -> String {
    match n {
        0..=4 => "\x08".repeat(n),
        _ => format!("\x1b[{n}D"),
    }
}

/// The terminal columns `text` takes (see `char_columns`).
fn columns(text: &str) -> usize {
    text.chars().map(char_columns).sum()
}

/// The columns a terminal gives a character: two for East Asian wide and fullwidth characters (CJK, kana,
/// Hangul) and emoji, none for combining marks, zero-width characters and variation selectors, one
/// otherwise. The main ranges of Unicode's East Asian Width and emoji data, not every code point: enough to
/// keep the cursor where the text is for what people type at a REPL.
fn char_columns(c: char) -> usize {
    match c as u32 {
        0x0300..=0x036F
        | 0x1AB0..=0x1AFF
        | 0x1DC0..=0x1DFF
        | 0x200B..=0x200F
        | 0x2060..=0x2064
        | 0x20D0..=0x20FF
        | 0xFE00..=0xFE0F
        | 0xFE20..=0xFE2F => 0,
        0x1100..=0x115F
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x1F300..=0x1F64F
        | 0x1F680..=0x1F6FF
        | 0x1F900..=0x1F9FF
        | 0x1FA70..=0x1FAFF
        | 0x20000..=0x3FFFD => 2,
        _ => 1,
    }
}

/// The dotted name that ends `text` (`x = obj.at` → `obj.at`).
fn dotted_word(text: &str) -> &str {
    let start = text
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_alphanumeric() || *c == '_' || *c == '.')
        .last()
        .map_or(text.len(), |(i, _)| i);
    &text[start..]
}

/// Whether the dotted name `word` names something callable (by the builtin `callable`).
fn is_callable(vm: &mut Vm, word: &str) -> bool {
    let builtins = vm.builtins;
    let (Some(obj), Some(callable)) = (lookup_chain(vm, word), vm.dict_get_str(builtins, "callable")) else {
        return false;
    };
    vm.call(callable, &[obj]).is_ok_and(|v| matches!(v, Value::Bool(Truth::True)))
}

/// The value of `a.b.c` by name lookup and attribute access (no other evaluation).
fn lookup_chain(vm: &mut Vm, chain: &str) -> Option<Value> {
    let mut parts = chain.split('.');
    let first = parts.next()?;
    if first.is_empty() || first.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (globals, builtins) = (vm.main_globals, vm.builtins);
    let mut obj = vm.dict_get_str(globals, first).or_else(|| vm.dict_get_str(builtins, first))?;
    for part in parts {
        obj = vm.getattr_str(obj, part).ok()?;
    }
    Some(obj)
}

/// The longest prefix all `names` share.
fn common_prefix(names: &[String]) -> &str {
    let Some(first) = names.first() else { return "" };
    let mut end = first.len();
    for n in &names[1..] {
        let n = n.as_bytes();
        let mut same = 0;
        while same < end && same < n.len() && n[same] == first.as_bytes()[same] {
            same += 1;
        }
        end = same;
    }
    while !first.is_char_boundary(end) {
        end -= 1;
    }
    &first[..end]
}

/// `text` with each `\r\n` and lone `\r` as `\n` (in one pass: `str::replace` with a `&str` pattern brought
/// std's two-way searcher into the WebAssembly build for this line alone).
fn unix_newlines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut after_cr = false;
    for c in text.chars() {
        if !(after_cr && c == '\n') {
            out.push(if c == '\r' { '\n' } else { c });
        }
        after_cr = c == '\r';
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn unix_newlines() {
        assert_eq!(super::unix_newlines("a\r\nb\rc\n\r\r\nd\r"), "a\nb\nc\n\n\nd\n");
        assert_eq!(super::unix_newlines("é\r\n"), "é\n");
    }
}
