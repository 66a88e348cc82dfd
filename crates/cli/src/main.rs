//! `circuitpython`: run a program (FILE, `-c CODE`, the drive's code.py, or stdin) or the REPL, as the brief's
//! command-line section describes. Exit status: 0 success (or `--until` reached), 1 uncaught exception, 2 usage.

use circuitpython_board::BoardState;
use circuitpython_cli::args::{self, Action, Options, UsageError};
use circuitpython_cli::drive::DirFs;
use circuitpython_cli::host::{install_sigint_handler, Console};
use circuitpython_cli::repl::{banner, NativeRepl, ReplMode, CIRCUITPYTHON_VERSION};
use circuitpython_cli::run::{power_on, run_program};
use circuitpython_cli::{new_board, new_vm};
use circuitpython_core::{Stream, Vm};
use rustyline::error::ReadlineError;
use std::cell::RefCell;
use std::io::{BufRead, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::exit;
use std::rc::Rc;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::Arc;

/// The interpreter allocates many small, short-lived buffers (string data, list storage); mimalloc handles that
/// pattern much better than the system allocator (about a fifth of the run time of string-heavy programs).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn usage_exit(e: UsageError) -> ! {
    eprintln!("circuitpython: {e}");
    eprintln!("Try 'circuitpython --help' for more information.");
    exit(2);
}

fn main() {
    let opts = args::parse(std::env::args_os().skip(1)).unwrap_or_else(|e| usage_exit(e));
    match opts.action {
        Action::Help => return print!("{}", args::USAGE),
        Action::Version => {
            return println!(
                "circuitpython-wasm {} (CircuitPython {CIRCUITPYTHON_VERSION} compatible)",
                env!("CARGO_PKG_VERSION")
            )
        }
        Action::ListBoards => return print!("{}", circuitpython_board::boards_listing()),
        Action::Run => {}
    }
    install_sigint_handler();
    exit(run(&opts));
}

/// Run a program on `vm` and give its exit status. The process ends right after, so the VM is not dropped:
/// freeing a large heap object by object would only delay the exit.
fn finish(mut vm: Vm, run: impl FnOnce(&mut Vm) -> i32) -> i32 {
    let status = run(&mut vm);
    std::mem::forget(vm);
    status
}

fn run(opts: &Options) -> i32 {
    let until_ns = opts.until_seconds.map(|s| (s * 1e9) as u64);
    let file_source = opts.file.as_ref().map(|f| {
        std::fs::read_to_string(f)
            .unwrap_or_else(|e| usage_exit(UsageError(format!("can't open file '{}': {e}", f.display()))))
    });
    let root = match (&opts.drive, &opts.file) {
        (Some(dir), _) => dir.clone(),
        (None, Some(file)) => file.parent().filter(|p| !p.as_os_str().is_empty()).map_or(".".into(), Path::to_path_buf),
        (None, None) => PathBuf::from("."),
    };
    if !root.is_dir() {
        usage_exit(UsageError(format!("drive '{}' is not a directory", root.display())));
    }
    let board = set_up_board(opts);
    let description = board.borrow().def.machine;
    let vm_factory = |merge_stderr: bool| {
        let (heap, root, board) = (opts.heap, root.clone(), board.clone());
        let mut first = true;
        move || {
            // Every VM after the first is a soft reboot: the pins are released, the clock and inputs go on.
            if !std::mem::take(&mut first) {
                board.borrow_mut().soft_reset();
            }
            new_vm(&board, heap, Console::Std { merge_stderr }, Box::new(DirFs::new(root.clone())))
        }
    };
    let mut stdin = std::io::stdin().lock();
    if let Some(code) = &opts.code {
        return finish(vm_factory(false)(), |vm| run_program(vm, code, "<stdin>", until_ns, &mut stdin));
    }
    if let (Some(file), Some(source)) = (&opts.file, &file_source) {
        let name = file.file_name().map_or("<file>".into(), |n| n.to_string_lossy().into_owned());
        let mut vm = vm_factory(false)();
        // `sys.argv` as a command-line Python gives it: the program's path.
        vm.argv = vec![file.to_string_lossy().into_owned()];
        return finish(vm, |vm| run_program(vm, source, &name, until_ns, &mut stdin));
    }
    if opts.drive.is_some() {
        return power_on(&mut vm_factory(false)(), until_ns, &mut stdin);
    }
    if std::io::stdin().is_terminal() {
        return terminal_repl(NativeRepl::new(Box::new(vm_factory(true)), description, false), description);
    }
    // A pipe: keys for the REPL (tools open the raw REPL with Ctrl-C / Ctrl-A) or a whole program.
    let starts_with_keys = stdin.fill_buf().is_ok_and(|b| b.first().is_some_and(|&c| c == b'\r' || c < 6));
    if starts_with_keys {
        return piped_repl(NativeRepl::new(Box::new(vm_factory(true)), description, true), &mut stdin);
    }
    let mut source = String::new();
    if let Err(e) = stdin.read_to_string(&mut source) {
        usage_exit(UsageError(format!("can't read the program from stdin: {e}")));
    }
    finish(vm_factory(false)(), |vm| run_program(vm, &source, "<stdin>", until_ns, &mut stdin))
}

/// The virtual board of `--board`, with `--fast`, the `--input` changes scheduled and `--trace` streaming
/// its events (to stderr for `-`), each line written as the event happens.
fn set_up_board(opts: &Options) -> Rc<RefCell<BoardState>> {
    let board = new_board(&opts.board, opts.fast)
        .unwrap_or_else(|| usage_exit(UsageError(format!("unknown board '{}'", opts.board))));
    for spec in &opts.inputs {
        if let Err(e) = board.borrow_mut().schedule_spec(spec) {
            usage_exit(UsageError(e));
        }
    }
    if let Some(path) = &opts.trace {
        let mut out: Box<dyn Write> = if path == "-" {
            Box::new(std::io::stderr())
        } else {
            match std::fs::File::create(path) {
                Ok(file) => Box::new(std::io::LineWriter::new(file)),
                Err(e) => usage_exit(UsageError(format!("can't write trace file '{path}': {e}"))),
            }
        };
        board.borrow_mut().set_event_sink(Box::new(move |event| {
            let _ = writeln!(out, "{}", event.to_json());
        }));
    }
    board
}

/// Ctrl-A (raw REPL), Ctrl-E (paste mode) and Ctrl-B (leave raw / banner) on an empty line, and in the raw REPL
/// Ctrl-B and Ctrl-D on any line, end the line and leave the key for the loop, as CircuitPython's line editor
/// treats them; otherwise they keep their editing meaning.
struct ModeKey {
    key: u8,
    pressed: Arc<AtomicU8>,
    /// The session's mode while the line is edited (`mode_code`).
    mode: Arc<AtomicU8>,
}

fn mode_code(mode: ReplMode) -> u8 {
    match mode {
        ReplMode::Normal => 0,
        ReplMode::Paste => 1,
        ReplMode::Raw => 2,
    }
}

impl rustyline::ConditionalEventHandler for ModeKey {
    fn handle(
        &self,
        _evt: &rustyline::Event,
        _n: rustyline::RepeatCount,
        _positive: bool,
        ctx: &rustyline::EventContext,
    ) -> Option<rustyline::Cmd> {
        let raw = self.mode.load(Ordering::SeqCst) == mode_code(ReplMode::Raw);
        let normal = self.mode.load(Ordering::SeqCst) == mode_code(ReplMode::Normal);
        let takes = match self.key {
            b'A' | b'E' => normal && ctx.line().is_empty(),
            b'B' => raw || normal && ctx.line().is_empty(),
            _ => raw,
        };
        if !takes {
            return None;
        }
        self.pressed.store(self.key, Ordering::SeqCst);
        Some(rustyline::Cmd::AcceptLine)
    }
}

/// Tab completion from the session (`obj.attr` and names), indentation on a blank line.
struct Completion {
    session: std::rc::Rc<std::cell::RefCell<NativeRepl>>,
}

impl rustyline::completion::Completer for Completion {
    type Candidate = String;
    fn complete(&self, line: &str, pos: usize, _: &rustyline::Context<'_>) -> rustyline::Result<(usize, Vec<String>)> {
        let before = &line[..pos];
        if before.trim().is_empty() {
            return Ok((pos, vec!["    ".to_string()]));
        }
        Ok(self.session.borrow_mut().completions(before))
    }
}

impl rustyline::hint::Hinter for Completion {
    type Hint = String;
}
impl rustyline::highlight::Highlighter for Completion {}
impl rustyline::validate::Validator for Completion {}
impl rustyline::Helper for Completion {}

/// The REPL on a terminal: rustyline edits lines (with history and completion), the session does the rest.
fn terminal_repl(session: NativeRepl, board_description: &str) -> i32 {
    let session = std::rc::Rc::new(std::cell::RefCell::new(session));
    let config =
        rustyline::Config::builder().completion_type(rustyline::CompletionType::List).auto_add_history(false).build();
    let Ok(mut editor) = rustyline::Editor::<Completion, rustyline::history::MemHistory>::with_history(
        config,
        rustyline::history::MemHistory::new(),
    ) else {
        eprintln!("circuitpython: can't set up the terminal");
        return 1;
    };
    editor.set_helper(Some(Completion { session: session.clone() }));
    let pressed = Arc::new(AtomicU8::new(0));
    let mode = Arc::new(AtomicU8::new(mode_code(ReplMode::Normal)));
    for key in [b'A', b'B', b'D', b'E'] {
        let handler = ModeKey { key, pressed: pressed.clone(), mode: mode.clone() };
        let event = rustyline::KeyEvent::ctrl(char::from(key));
        editor.bind_sequence(event, rustyline::EventHandler::Conditional(Box::new(handler)));
    }
    session.borrow_mut().start();
    loop {
        let (prompt, indent) = {
            let s = session.borrow();
            mode.store(mode_code(s.mode()), Ordering::SeqCst);
            (s.prompt(), s.auto_indent())
        };
        let read = editor.readline_with_initial(&prompt, (&indent, ""));
        let key = pressed.swap(0, Ordering::SeqCst);
        let mut s = session.borrow_mut();
        let status = match (key, read) {
            (b'E', Ok(_)) => {
                s.enter_paste_mode();
                None
            }
            (b'A', Ok(_)) => {
                s.enter_raw_mode();
                None
            }
            (b'B', Ok(_)) if s.mode() == ReplMode::Raw => {
                s.leave_raw_mode();
                None
            }
            (b'B', Ok(_)) => {
                let text = format!("{}\n", banner(board_description));
                s.vm().write(Stream::Stdout, &text);
                None
            }
            (b'D', Ok(line)) => {
                if !line.is_empty() {
                    s.submit_line(&line);
                }
                s.end_of_input()
            }
            (_, Ok(line)) => {
                if s.mode() == ReplMode::Normal && !line.trim().is_empty() {
                    let _ = editor.add_history_entry(line.as_str());
                }
                s.submit_line(&line)
            }
            (_, Err(ReadlineError::Interrupted)) => s.cancel_line(),
            (_, Err(ReadlineError::Eof)) => s.end_of_input(),
            (_, Err(e)) => {
                eprintln!("circuitpython: terminal error: {e}");
                return 1;
            }
        };
        if let Some(code) = status {
            return code;
        }
    }
}

/// The REPL on a pipe: bytes as a serial line would carry them (mpremote-style tools drive the raw REPL so).
fn piped_repl(mut session: NativeRepl, stdin: &mut dyn BufRead) -> i32 {
    session.start();
    let mut partial: Vec<u8> = Vec::new();
    loop {
        let chunk = match stdin.fill_buf() {
            Ok([]) | Err(_) => return 0,
            Ok(bytes) => bytes.to_vec(),
        };
        stdin.consume(chunk.len());
        partial.extend_from_slice(&chunk);
        // Feed what is valid UTF-8; keep a character split across reads for the next one.
        let valid = match std::str::from_utf8(&partial) {
            Ok(text) => text.len(),
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            Err(e) => e.valid_up_to() + e.error_len().unwrap_or(1),
        };
        let text = String::from_utf8_lossy(&partial[..valid]).into_owned();
        partial.drain(..valid);
        if let Some(code) = session.feed(&text) {
            return code;
        }
    }
}
