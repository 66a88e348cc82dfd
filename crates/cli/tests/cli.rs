//! The `circuitpython` command end to end (the built binary: flags, exit statuses, tracebacks, stdin, time
//! options, Ctrl-C) and the REPL through `NativeRepl`, the native host of the shared session (prompts,
//! continuation, auto-indent, line editing and its terminal output, paste mode, the raw REPL's bytes,
//! completion, soft reboot).

use circuitpython_cli::host::Console;
use circuitpython_cli::repl::{banner, NativeRepl};
use circuitpython_cli::run::run_program;
use circuitpython_cli::{new_board, new_vm, DEFAULT_BOARD};
use circuitpython_core::objects::function::{NativeFn, NativeKind};
use circuitpython_core::vfs::MemFs;
use circuitpython_core::vm::Request;
use circuitpython_core::{PyResult, Suspend, Value, Vm};
use std::cell::RefCell;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use std::rc::Rc;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_circuitpython");
/// The default board's banner part.
const DEFAULT_BOARD_DESCRIPTION: &str = "Raspberry Pi Pico with rp2040";

/// A VM on the default board with its output captured into `output` and an empty in-memory drive.
fn capture_vm(fast: bool, output: &Rc<RefCell<String>>) -> Vm {
    let board = new_board(DEFAULT_BOARD, fast).expect("default board");
    new_vm(&board, None, Console::Capture(output.clone()), Box::new(MemFs::new()))
}

fn run_with_stdin(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start circuitpython");
    child.stdin.take().expect("stdin").write_all(stdin.as_bytes()).expect("write stdin");
    child.wait_with_output().expect("wait for circuitpython")
}

fn run(args: &[&str]) -> Output {
    run_with_stdin(args, "")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn temp_dir(tag: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("cpy-cli-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// Run `source` as a program file; returns the output and the time taken.
fn run_file(tag: &str, source: &str, extra: &[&str]) -> (Output, Duration) {
    let dir = temp_dir(tag);
    let file = dir.join("code.py");
    std::fs::write(&file, source).expect("write program");
    let mut args: Vec<&str> = extra.to_vec();
    let path = file.to_string_lossy().into_owned();
    args.push(&path);
    let started = Instant::now();
    let out = run(&args);
    let took = started.elapsed();
    let _ = std::fs::remove_dir_all(&dir);
    (out, took)
}

#[test]
fn dash_c_prints() {
    let o = run(&["-c", "print(1+1)"]);
    assert_eq!(stdout(&o), "2\n");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn name_error_traceback_names_line_3() {
    let (o, _) = run_file("nameerror", "a = 1\nb = 2\nprint(x)\n", &[]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        "Traceback (most recent call last):\n  File \"code.py\", line 3, in <module>\nNameError: name 'x' isn't defined\n"
    );
    assert_eq!(stdout(&o), "");
}

#[test]
fn runaway_recursion_is_a_runtime_error() {
    let (o, took) = run_file("recursion", "def f():\n    f()\nf()\n", &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).ends_with("RuntimeError: maximum recursion depth exceeded\n"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("panicked"));
    assert!(took < Duration::from_secs(5), "took {took:?}");
}

#[test]
fn heap_limit_raises_memory_error() {
    let (o, took) = run_file("heap", "a = []\nwhile True:\n    a.append(1)\n", &["--heap", "64k"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("MemoryError"), "{}", stderr(&o));
    assert!(took < Duration::from_secs(5), "took {took:?}");
}

#[test]
fn huge_int_power() {
    let o = run(&["-c", "x = 10**100000\nprint(x % 7, x > 10**99999)"]);
    assert_eq!(stdout(&o), "4 True\n");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn syntax_error_names_its_line() {
    let (o, _) = run_file("syntax", "x = 1\ny = (1,\nz = 2\n", &[]);
    assert_eq!(o.status.code(), Some(1));
    let err = stderr(&o);
    assert!(err.starts_with("Traceback (most recent call last):\n  File \"code.py\", line "), "{err}");
    assert!(err.contains("SyntaxError: "), "{err}");
}

#[test]
fn usage_errors_exit_2() {
    for args in [&["--bogus"][..], &["--heap", "lots"], &["--until"], &["--input", "nonsense"], &["a.py", "b.py"]] {
        let o = run(args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(stderr(&o).starts_with("circuitpython: "), "{args:?}: {}", stderr(&o));
    }
    let o = run(&["/nonexistent/dir/code.py"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn help_version_and_boards() {
    let help = run(&["--help"]);
    assert_eq!(help.status.code(), Some(0));
    for flag in ["-c CODE", "--drive", "--board", "--heap", "--fast", "--until", "--trace", "--input"] {
        assert!(stdout(&help).contains(flag), "{flag}");
    }
    assert!(stdout(&run(&["--version"])).starts_with("circuitpython-wasm "));
    let boards = stdout(&run(&["--list-boards"]));
    assert!(boards.starts_with("raspberry_pi_pico "), "{boards}");
}

#[test]
fn system_exit_gives_its_code_without_traceback() {
    let o = run(&["-c", "print('a')\nraise SystemExit(3)"]);
    assert_eq!(o.status.code(), Some(3));
    assert_eq!(stdout(&o), "a\n");
    assert_eq!(stderr(&o), "");
    assert_eq!(run(&["-c", "raise SystemExit"]).status.code(), Some(0));
    let o = run(&["-c", "raise SystemExit('bye')"]);
    assert_eq!((o.status.code(), stderr(&o).as_str()), (Some(1), "bye\n"));
}

#[test]
fn sys_exit_gives_its_code() {
    assert_eq!(run(&["-c", "import sys\nsys.exit(3)"]).status.code(), Some(3));
}

#[test]
fn program_from_stdin() {
    let o = run_with_stdin(&[], "x = 20\nprint(x + 1)\n");
    assert_eq!(stdout(&o), "21\n");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn input_reads_stdin_lines_then_eof() {
    let program = "a = input('name? ')\nprint('hi', a)\ntry:\n    input()\nexcept EOFError:\n    print('eof')\n";
    let (dir, file) = (temp_dir("input"), "p.py");
    std::fs::write(dir.join(file), program).expect("write");
    let path = dir.join(file).to_string_lossy().into_owned();
    let o = run_with_stdin(&[&path], "Ada\n");
    assert_eq!(stdout(&o), "name? hi Ada\neof\n");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn fast_sleep_is_instant_on_a_virtual_clock() {
    let program = "import time\nt = time.monotonic()\ntime.sleep(3600)\nprint(time.monotonic() - t >= 3600)\n";
    let started = Instant::now();
    let o = run(&["--fast", "-c", program]);
    assert_eq!(stdout(&o), "True\n", "{}", stderr(&o));
    assert!(started.elapsed() < Duration::from_secs(5));
}

#[test]
fn until_stops_a_sleeping_loop_cleanly() {
    let program = "import time\nn = 0\nwhile True:\n    n += 1\n    print(n)\n    time.sleep(1)\n";
    let o = run(&["--fast", "--until", "5", "-c", program]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stdout(&o), "1\n2\n3\n4\n5\n6\n");
}

#[test]
fn until_stops_a_busy_loop_on_the_virtual_clock() {
    // 10 ms of board time is one busy slice (BUSY_SLICE_NS); the run stops once the clock has passed it.
    let o = run(&["--fast", "--until", "0.01", "-c", "n = 0\nwhile True:\n    n += 1\n"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(stderr(&o), "");
}

#[test]
fn ctrl_c_interrupts_a_busy_loop() {
    let child = Command::new(BIN)
        .args(["-c", "print('started')\nwhile True:\n    pass\n"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start");
    std::thread::sleep(Duration::from_millis(500));
    let killed = Command::new("kill").args(["-INT", &child.id().to_string()]).status().expect("kill");
    assert!(killed.success());
    let started = Instant::now();
    let o = child.wait_with_output().expect("wait");
    assert!(started.elapsed() < Duration::from_secs(5));
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(stdout(&o), "started\n");
    assert!(stderr(&o).ends_with("KeyboardInterrupt: \n"), "{}", stderr(&o));
}

#[test]
fn drive_imports_from_lib_and_runs_code_py_like_a_board() {
    let dir = temp_dir("drive");
    std::fs::create_dir_all(dir.join("lib")).expect("lib");
    std::fs::write(dir.join("lib/helper.py"), "def greet():\n    return 'hello from lib'\n").expect("write");
    std::fs::write(dir.join("code.py"), "import helper\nprint(helper.greet())\n").expect("write");
    std::fs::write(dir.join("boot.py"), "print('booting')\n").expect("write");
    let o = run(&["--drive", &dir.to_string_lossy()]);
    assert_eq!(
        stdout(&o),
        "code.py output:\nhello from lib\n\nCode done running.\n\nPress any key to enter the REPL. Use CTRL-D to reload.\n",
        "{}",
        stderr(&o)
    );
    let boot_out = std::fs::read_to_string(dir.join("boot_out.txt")).expect("boot_out.txt");
    let header = banner(DEFAULT_BOARD_DESCRIPTION);
    assert_eq!(boot_out, format!("{header}\nBoard ID:raspberry_pi_pico\nboot.py output:\nbooting\n"));
    let o = run(&[&dir.join("code.py").to_string_lossy()]);
    assert_eq!(stdout(&o), "hello from lib\n", "{}", stderr(&o));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn piped_raw_repl_protocol() {
    let o = run_with_stdin(&[], "\r\x03\x03\r\x01print(2+3)\x04x(\x04\x02");
    let out = stdout(&o);
    assert!(out.contains("raw REPL; CTRL-B to exit\r\n>OK5\n\x04\x04>OK\x04Traceback"), "{out:?}");
    assert!(out.contains("SyntaxError: invalid syntax\n\x04>\r\n"), "{out:?}");
    assert_eq!(o.status.code(), Some(0));
}

// --- The REPL session ---------------------------------------------------------------------------------------

/// A session on a capturing console: `feed` returns what the REPL printed in answer to the keys.
struct Repl {
    session: NativeRepl,
    output: Rc<RefCell<String>>,
}

impl Repl {
    fn new() -> Repl {
        let output = Rc::new(RefCell::new(String::new()));
        let captured = output.clone();
        let make_vm = move || capture_vm(true, &captured);
        let mut session = NativeRepl::new(Box::new(make_vm), DEFAULT_BOARD_DESCRIPTION, true);
        session.start();
        let repl = Repl { session, output };
        assert_eq!(repl.take(), format!("{}\n>>> ", banner(DEFAULT_BOARD_DESCRIPTION)));
        repl
    }

    fn take(&self) -> String {
        std::mem::take(&mut *self.output.borrow_mut())
    }

    fn feed(&mut self, keys: &str) -> String {
        assert_eq!(self.session.feed(keys), None);
        self.take()
    }
}

#[test]
fn banner_shape() {
    assert_eq!(
        banner("Raspberry Pi Pico with rp2040"),
        format!(
            "circuitpython-wasm {} (CircuitPython 10.0.0 compatible) on 2026-11-25; Raspberry Pi Pico with rp2040",
            env!("CARGO_PKG_VERSION")
        )
    );
}

#[test]
fn repl_echoes_expressions_and_keeps_state() {
    let mut r = Repl::new();
    assert_eq!(r.feed("1+1\r"), "1+1\n2\n>>> ");
    assert_eq!(r.feed("x = 5\r"), "x = 5\n>>> ");
    assert_eq!(r.feed("x * 2\r\n"), "x * 2\n10\n>>> ");
    assert_eq!(r.feed("None\r"), "None\n>>> ");
    assert_eq!(r.feed("'a' + 'b'\r"), "'a' + 'b'\n'ab'\n>>> ");
    assert_eq!(r.feed("\r"), "\n>>> ");
}

#[test]
fn repl_errors_keep_the_session_alive() {
    let mut r = Repl::new();
    assert_eq!(
        r.feed("undefined_name\r"),
        "undefined_name\nTraceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nNameError: name 'undefined_name' isn't defined\n>>> "
    );
    let out = r.feed("1 +\r");
    assert!(out.contains("SyntaxError"), "{out}");
    assert!(out.ends_with(">>> "));
    assert_eq!(r.feed("2+2\r"), "2+2\n4\n>>> ");
}

#[test]
fn repl_continuation_and_auto_indent() {
    let mut r = Repl::new();
    assert_eq!(r.feed("for i in range(2):\r"), "for i in range(2):\n...     ");
    assert_eq!(r.feed("if i:\r"), "if i:\n...         ");
    assert_eq!(r.feed("print('odd', i)\r"), "print('odd', i)\n...         ");
    // One Backspace dedents out of the inner block (a whole indentation step), then finish with an empty line.
    assert_eq!(r.feed("\x7fprint(i)\r"), "\x08\x08\x08\x08\x1b[Kprint(i)\n...     ");
    assert_eq!(r.feed("\r"), "\n0\nodd 1\n1\n>>> ");
    // Open brackets continue too, without indentation.
    assert_eq!(r.feed("(1,\r"), "(1,\n... ");
    assert_eq!(r.feed("2)\r"), "2)\n(1, 2)\n>>> ");
}

#[test]
fn repl_ctrl_c_cancels_the_statement() {
    let mut r = Repl::new();
    r.feed("def f():\r");
    assert_eq!(r.feed("\x03"), "\n>>> ");
    assert_eq!(r.feed("abc\x03"), "abc\n>>> ");
    assert_eq!(r.feed("f\r").lines().rev().nth(1), Some("NameError: name 'f' isn't defined"));
}

#[test]
fn repl_paste_mode() {
    let mut r = Repl::new();
    assert_eq!(r.feed("\x05"), "\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\n=== ");
    assert_eq!(r.feed("def f():\r"), "def f():\n=== ");
    assert_eq!(r.feed("    return 7\r"), "    return 7\n=== ");
    assert_eq!(r.feed("print(f())\r"), "print(f())\n=== ");
    // No expression echo in paste mode: the block runs as a file would.
    assert_eq!(r.feed("f()\x04"), "f()\n7\n>>> ");
    // Ctrl-C abandons a paste.
    r.feed("\x05print('never')\r");
    assert_eq!(r.feed("\x03"), "\n>>> ");
}

#[test]
fn repl_raw_protocol_bytes() {
    let mut r = Repl::new();
    assert_eq!(r.feed("\x01"), "\nraw REPL; CTRL-B to exit\r\n>");
    assert_eq!(r.feed("print('hi')\r\nx = 41\r\nprint(x + 1)"), "");
    assert_eq!(r.feed("\x04"), "OKhi\n42\n\x04\x04>");
    assert_eq!(
        r.feed("1/0\x04"),
        "OK\x04Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n\x04>"
    );
    // Raw-paste mode is declined, so tools fall back to the plain raw REPL.
    assert_eq!(r.feed("\x05A\x01"), "R\x00");
    // Ctrl-D on its own soft-reboots and stays raw.
    assert_eq!(r.feed("\x04"), "OK\r\nsoft reboot\nraw REPL; CTRL-B to exit\r\n>");
    assert_eq!(r.feed("print(x)\x04").lines().rev().nth(1), Some("NameError: name 'x' isn't defined"));
    assert_eq!(r.feed("\x02"), format!("\r\n{}\n>>> ", banner(DEFAULT_BOARD_DESCRIPTION)));
    assert_eq!(r.feed("3\r"), "3\n3\n>>> ");
}

#[test]
fn repl_soft_reboot_then_exit() {
    let mut r = Repl::new();
    r.feed("y = 1\r");
    assert_eq!(r.feed("\x04"), format!("\nsoft reboot\n{}\n>>> ", banner(DEFAULT_BOARD_DESCRIPTION)));
    assert_eq!(r.feed("y\r").lines().rev().nth(1), Some("NameError: name 'y' isn't defined"));
    r.feed("\x04");
    assert_eq!(r.session.feed("\x04"), Some(0));
}

#[test]
fn repl_system_exit_ends_the_session() {
    let mut r = Repl::new();
    assert_eq!(r.session.feed("raise SystemExit(4)\r"), Some(4));
}

#[test]
fn repl_tab_completion() {
    let mut r = Repl::new();
    r.feed("counter_value = 3\r");
    r.feed("count");
    assert_eq!(r.feed("\t"), "er_value");
    assert_eq!(r.feed("\r"), "\n3\n>>> ");
    assert_eq!(r.feed("\t"), "    ");
    r.feed("\x03");
    r.feed("class K:\ralpha = 1\rbeta = 2\r\r");
    r.feed("K.al");
    assert_eq!(r.feed("\t"), "pha");
    r.feed("\x03");
    let (start, names) = r.session.completions("x = K.");
    assert_eq!(start, 6);
    assert!(names.contains(&"alpha".to_string()) && names.contains(&"beta".to_string()), "{names:?}");
    assert!(!names.iter().any(|n| n.starts_with('_')), "{names:?}");
    let (_, names) = r.session.completions("pri");
    assert_eq!(names, vec!["print".to_string()]);
    let (_, names) = r.session.completions("nothing_here.x");
    assert!(names.is_empty());
}

#[test]
fn repl_tab_completes_a_callable_with_its_bracket() {
    let mut r = Repl::new();
    r.feed("pri");
    assert_eq!(r.feed("\t"), "nt(");
    assert_eq!(r.feed("'x')\r"), "'x')\nx\n>>> ");
}

#[test]
fn repl_history_with_up_and_down_arrows() {
    let mut r = Repl::new();
    r.feed("1+1\r");
    r.feed("x = 3\r");
    // Up shows the last line, Up again the one before; Down goes back, and past the newest empties the line.
    // Each recall steps back over the old line, prints the new one and erases what is left of the old.
    assert_eq!(r.feed("\x1b[A"), "x = 3");
    assert_eq!(r.feed("\x1b[A"), "\x1b[5D1+1\x1b[K");
    assert_eq!(r.feed("\r"), "\n2\n>>> ");
    // Recalled lines join the history too: now 1+1, x = 3, 1+1.
    assert_eq!(r.feed("\x1b[A\x1b[A"), "1+1\x08\x08\x08x = 3");
    assert_eq!(r.feed("\x1b[B"), "\x1b[5D1+1\x1b[K");
    assert_eq!(r.feed("\x1b[B"), "\x08\x08\x08\x1b[K");
    assert_eq!(r.feed("x\r"), "x\n3\n>>> ");
}

// --- Line editing in the key interface (MicroPython's readline keys) ---

const LEFT: &str = "\x1b[D";
const RIGHT: &str = "\x1b[C";

#[test]
fn repl_left_arrow_then_typing_inserts_mid_line() {
    let mut r = Repl::new();
    assert_eq!(r.feed("print(12)"), "print(12)");
    // Left steps back one column each; an insertion redraws the rest and steps back over it.
    assert_eq!(r.feed(&LEFT.repeat(2)), "\x08\x08");
    assert_eq!(r.feed("3"), "32)\x08\x08");
    // Enter first moves to the end of the line (so output starts below all of it), then runs the whole line.
    assert_eq!(r.feed("\r"), "2)\n132\n>>> ");
}

#[test]
fn repl_cursor_moves_by_terminal_columns_over_wide_and_combining_characters() {
    let mut r = Repl::new();
    r.feed("s = '漢字'");
    // A CJK character is two columns wide: stepping back over 字 moves the terminal cursor two columns.
    assert_eq!(r.feed(&LEFT.repeat(2)), "\x08\x08\x08");
    // Inserting before 字 redraws it and steps back over its two columns and the quote's one.
    assert_eq!(r.feed("x"), "x字'\x08\x08\x08");
    // Left over `x`, then Backspace of 漢: back its two columns, the rest redrawn, back over `x字'`.
    assert_eq!(r.feed(&format!("{LEFT}\x7f")), "\x08\x08\x08x字'\x1b[K\x08\x08\x08\x08");
    assert_eq!(r.feed("\r"), "x字'\n>>> ");
    assert_eq!(r.feed("s\r"), "s\n'x字'\n>>> ");
    // An emoji is two columns; a combining accent takes none (e + U+0301 is one column on the terminal).
    r.feed("t = '😀e\u{301}'");
    assert_eq!(r.feed("\x1b[H"), "\x1b[9D");
    assert_eq!(r.feed("\x03"), "t = '😀e\u{301}'\n>>> ");
}

#[test]
fn repl_home_and_end_keys() {
    let mut r = Repl::new();
    r.feed("x = 5\r");
    r.feed("x");
    // Home, then type at the start; End, then type at the end.
    assert_eq!(r.feed("\x1b[H"), "\x08");
    assert_eq!(r.feed("-"), "-x\x08");
    assert_eq!(r.feed("\x1b[F"), "x");
    assert_eq!(r.feed(" + 1\r"), " + 1\n-4\n>>> ");
    // The other terminals' spellings, and Ctrl-A/Ctrl-E at a non-empty line.
    r.feed("abcdef");
    for (home, end) in [("\x1b[1~", "\x1b[4~"), ("\x1bOH", "\x1bOF"), ("\x1b[7~", "\x1b[8~"), ("\x01", "\x05")] {
        assert_eq!(r.feed(home), "\x1b[6D", "{home:?}");
        assert_eq!(r.feed(home), "", "{home:?} at the start");
        assert_eq!(r.feed(end), "abcdef", "{end:?}");
        assert_eq!(r.feed(end), "", "{end:?} at the end");
    }
    assert_eq!(r.feed("\x03"), "\n>>> ");
}

#[test]
fn repl_delete_and_backspace_mid_line() {
    let mut r = Repl::new();
    r.feed("print(1x2)");
    // Delete the `x` under the cursor: the rest moves left, the old last column is erased.
    assert_eq!(r.feed(&LEFT.repeat(3)), "\x08\x08\x08");
    assert_eq!(r.feed("\x1b[3~"), "2)\x1b[K\x08\x08");
    assert_eq!(r.feed("\r"), "2)\n12\n>>> ");
    // Backspace the `x` before the cursor.
    r.feed("print(1x2)");
    r.feed(&LEFT.repeat(2));
    assert_eq!(r.feed("\x7f"), "\x082)\x1b[K\x08\x08");
    assert_eq!(r.feed("\r"), "2)\n12\n>>> ");
    // Ctrl-D at a non-empty line deletes at the cursor too (an empty line's Ctrl-D soft-reboots).
    r.feed("7y");
    r.feed(LEFT);
    assert_eq!(r.feed("\x04"), "\x1b[K");
    assert_eq!(r.feed("\r"), "\n7\n>>> ");
}

#[test]
fn repl_backspace_dedents_a_whole_step_in_the_indentation() {
    let mut r = Repl::new();
    r.feed("if True:\r");
    r.feed("if True:\r");
    // Eight spaces pre-typed: one Backspace takes four; after other text it takes one character.
    assert_eq!(r.feed("\x7f"), "\x08\x08\x08\x08\x1b[K");
    assert_eq!(r.feed("x\x7f"), "x\x08\x1b[K");
    assert_eq!(r.feed("\x7f"), "\x08\x08\x08\x08\x1b[K");
    // Fewer than four spaces go one at a time.
    assert_eq!(r.feed("  \x7f"), "  \x08\x1b[K");
    assert_eq!(r.feed("\x03"), "\n>>> ");
}

#[test]
fn repl_cursor_keys_at_the_line_edges_do_nothing() {
    let mut r = Repl::new();
    // An empty line: nothing to move over or delete.
    assert_eq!(r.feed(&format!("{LEFT}{RIGHT}\x1b[3~\x7f\x1b[H\x1b[F")), "");
    r.feed("ab");
    assert_eq!(r.feed(&format!("{RIGHT}\x1b[3~\x1b[F")), "");
    r.feed("\x1b[H");
    assert_eq!(r.feed(&format!("{LEFT}\x7f\x1b[H")), "");
    assert_eq!(r.feed(&RIGHT.repeat(3)), "ab");
    assert_eq!(r.feed("\x03"), "\n>>> ");
}

#[test]
fn repl_history_recall_then_edit() {
    let mut r = Repl::new();
    r.feed("6*7\r");
    r.feed("ab");
    r.feed(LEFT);
    // Up replaces the line from its start wherever the cursor is, leaving the cursor at the end.
    assert_eq!(r.feed("\x1b[A"), "\x086*7");
    assert_eq!(r.feed(&format!("{LEFT}\x7f+")), "\x08\x087\x1b[K\x08+7\x08");
    assert_eq!(r.feed("\r"), "7\n13\n>>> ");
    // The edited line joined the history; Ctrl-P/Ctrl-N walk it too.
    assert_eq!(r.feed("\x10"), "6+7");
    assert_eq!(r.feed("\x10"), "\x08\x08\x086*7");
    assert_eq!(r.feed("\x0e"), "\x08\x08\x086+7");
    assert_eq!(r.feed("\x03"), "\n>>> ");
}

#[test]
fn repl_tab_completes_the_word_before_the_cursor() {
    let mut r = Repl::new();
    r.feed("value = 5\r");
    r.feed(")\x1b[Hprint(val");
    assert_eq!(r.feed("\t"), "ue)\x08");
    assert_eq!(r.feed("\r"), ")\n5\n>>> ");
    // Several candidates: listed below the line, which is shown again with the cursor where it was.
    r.feed("zeta1 = 1\r");
    r.feed("zeta2 = 2\r");
    r.feed("print(ze)");
    r.feed(LEFT);
    assert_eq!(r.feed("\t"), "ta)\x08");
    assert_eq!(r.feed("\t"), ")\nzeta1  zeta2\n>>> print(zeta)\x08");
    assert_eq!(r.feed("2\r"), "2)\x08)\n2\n>>> ");
}

#[test]
fn repl_ctrl_keys_are_repl_commands_only_at_an_empty_line() {
    let mut r = Repl::new();
    // Ctrl-B: left at a non-empty line, the banner at an empty one.
    r.feed("12");
    assert_eq!(r.feed("\x02"), "\x08");
    assert_eq!(r.feed("\x06"), "2");
    r.feed("\x03");
    assert_eq!(r.feed("\x02"), format!("\n{}\n>>> ", banner(DEFAULT_BOARD_DESCRIPTION)));
    // Ctrl-E: end at a non-empty line (see repl_home_and_end_keys), paste mode at an empty one.
    assert_eq!(r.feed("\x05"), "\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\n=== ");
    assert_eq!(r.feed("\x03"), "\n>>> ");
    // Ctrl-A: home at a non-empty line, the raw REPL at an empty one.
    r.feed("2");
    assert_eq!(r.feed("\x01"), "\x08");
    assert_eq!(r.feed("1"), "12\x08");
    assert_eq!(r.feed("\r"), "2\n12\n>>> ");
    assert_eq!(r.feed("\x01"), "\nraw REPL; CTRL-B to exit\r\n>");
    assert!(r.feed("\x02").ends_with(">>> "));
}

/// Word keys treat non-ASCII letters as non-word characters (as MicroPython's readline does), stepping over
/// them whole.
#[test]
fn repl_word_keys_step_over_non_ascii_characters() {
    let mut r = Repl::new();
    r.feed("a\u{e9} bc");
    assert_eq!(r.feed("\x1bb"), "\x08\x08");
    assert_eq!(r.feed("\x1bb"), "\x08\x08\x08");
    assert_eq!(r.feed("\x1bf"), "a");
    assert_eq!(r.feed("\x1bf"), "\u{e9} bc");
    assert_eq!(r.feed("\x17"), "\x08\x08\x1b[K");
    assert_eq!(r.feed("\x17"), "\x08\x08\x08\x1b[K");
}

#[test]
fn repl_emacs_kill_and_word_keys() {
    let mut r = Repl::new();
    r.feed("abc def ghi");
    // Ctrl-Left / Alt-B to word starts, Ctrl-Right / Alt-F to word ends.
    assert_eq!(r.feed("\x1b[1;5D"), "\x08\x08\x08");
    assert_eq!(r.feed("\x1bb"), "\x08\x08\x08\x08");
    assert_eq!(r.feed("\x1bf"), "def");
    assert_eq!(r.feed("\x1b[1;5C"), " ghi");
    // Ctrl-W / Alt-Backspace delete the word before the cursor, Alt-D the one after.
    assert_eq!(r.feed("\x17"), "\x08\x08\x08\x1b[K");
    assert_eq!(r.feed("\x1b\x7f"), "\x08\x08\x08\x08\x1b[K");
    assert_eq!(r.feed("\x1b[H\x1bd"), "\x08\x08\x08\x08 \x1b[K\x08");
    // Ctrl-K deletes to the end, Ctrl-U to the start.
    r.feed("\x03");
    r.feed("12345");
    r.feed(&LEFT.repeat(2));
    assert_eq!(r.feed("\x0b"), "\x1b[K");
    r.feed(LEFT);
    assert_eq!(r.feed("\x15"), "\x08\x083\x1b[K\x08");
    assert_eq!(r.feed("\r"), "3\n3\n>>> ");
}

#[test]
fn repl_unknown_escape_sequences_are_swallowed() {
    let mut r = Repl::new();
    // F5, F1, Shift-Up, Alt-Left, bracketed-paste marks, Alt-x, Shift-Tab, a flood of parameters, and a
    // non-ASCII character where a final byte should be: none types anything or moves the cursor.
    let flood = format!("\x1b[{}~", "9".repeat(1000));
    for seq in
        ["\x1b[15~", "\x1bOP", "\x1b[1;2A", "\x1b[1;3D", "\x1b[200~", "\x1b[201~", "\x1bx", "\x1b[Z", &flood, "\x1b[é"]
    {
        assert_eq!(r.feed(seq), "", "{seq:?}");
    }
    // A control key ends a half-typed sequence (a lone Esc press) and still counts.
    assert_eq!(r.feed("1\x1b\r"), "1\n1\n>>> ");
    assert_eq!(r.feed("2\x1b[\x03"), "2\n>>> ");
    // Every printable key after each prefix: no panic, and the session still runs lines.
    for c in (' '..='~').chain(['é', '\u{9b}', '字']) {
        for prefix in ["\x1b", "\x1b[", "\x1bO", "\x1b[1;", "\x1b[3"] {
            r.feed(&format!("aé字{LEFT}{prefix}{c}b"));
            r.feed("\x03");
        }
    }
    assert_eq!(r.feed("3\r"), "3\n3\n>>> ");
}

#[test]
fn repl_editing_moves_over_whole_characters() {
    let mut r = Repl::new();
    r.feed("'aé字b'");
    // Each key steps over one character, however many bytes it takes (字 is two columns on the terminal).
    assert_eq!(r.feed(&LEFT.repeat(2)), "\x08\x08");
    assert_eq!(r.feed("\x7f"), "\x08\x08b'\x1b[K\x08\x08");
    assert_eq!(r.feed("\x1b[D\x1b[3~"), "\x08b'\x1b[K\x08\x08");
    assert_eq!(r.feed("\r"), "b'\n'ab'\n>>> ");
}

/// The shared session on its own: it hands complete entries to the host instead of running them, queues the
/// keys typed meanwhile, and prints the outcome and the next prompt when told.
#[test]
fn shared_session_hands_entries_to_the_host() {
    use circuitpython_board::repl::{ReplSession, Status};
    use circuitpython_core::bytecode::Mode;
    let output = Rc::new(RefCell::new(String::new()));
    let mut vm = capture_vm(true, &output);
    let mut s = ReplSession::new(DEFAULT_BOARD_DESCRIPTION, true);
    s.start(&mut vm);
    output.borrow_mut().clear();
    assert_eq!(s.feed(&mut vm, "for i in (1, 2):\r"), Status::Idle);
    let status = s.feed(&mut vm, "print(i)\r\r7\r");
    assert_eq!(status, Status::Run { source: "for i in (1, 2):\n    print(i)\n    \n".into(), mode: Mode::Single });
    assert!(!s.is_idle());
    // `7\r` waits until the host reports the first entry done, then is handed out in its turn.
    assert_eq!(s.finished(&mut vm, Ok(Value::None)), Status::Run { source: "7\n".into(), mode: Mode::Single });
    let err = vm.runtime_error("boom");
    assert_eq!(s.finished(&mut vm, Err(err)), Status::Idle);
    assert!(s.is_idle());
    let printed = std::mem::take(&mut *output.borrow_mut());
    assert!(printed.starts_with("for i in (1, 2):\n...     print(i)\n...     \n>>> 7\n"), "{printed:?}");
    assert!(printed.ends_with("RuntimeError: boom\n>>> "), "{printed:?}");
    assert_eq!(s.feed(&mut vm, "\x05x = 1\r\x04"), Status::Run { source: "x = 1\n".into(), mode: Mode::Exec });
    assert_eq!(s.finished(&mut vm, Ok(Value::None)), Status::Idle);
    assert_eq!(s.feed(&mut vm, "\x04"), Status::SoftReboot);
    assert_eq!(s.rebooted(&mut vm), Status::Idle);
    assert_eq!(s.feed(&mut vm, "\x04"), Status::Exit(0));
}

#[test]
fn repl_line_interface_prompts() {
    let output = Rc::new(RefCell::new(String::new()));
    let captured = output.clone();
    let make_vm = move || capture_vm(true, &captured);
    let mut s = NativeRepl::new(Box::new(make_vm), DEFAULT_BOARD_DESCRIPTION, false);
    assert_eq!((s.prompt().as_str(), s.auto_indent().as_str()), (">>> ", ""));
    s.submit_line("while False:");
    assert_eq!((s.prompt().as_str(), s.auto_indent().as_str()), ("... ", "    "));
    s.submit_line("    pass");
    assert_eq!(s.auto_indent(), "    ");
    s.submit_line("");
    assert_eq!(s.prompt(), ">>> ");
    s.submit_line("[1, 2]");
    assert_eq!(output.borrow().as_str(), "[1, 2]\n");
}

// --- Suspensions, with stand-ins for `input()` and `time.sleep` (the real ones live in the core's modules) ---

/// `ask(prompt)`: suspends for a line of input as the core's `input()` does.
fn ask(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let prompt = args.first().and_then(|&p| vm.as_str(p)).unwrap_or("").to_string();
    vm.request = Some(Request::Suspend(Suspend::Input { prompt }));
    Ok(Value::None)
}

/// `nap(seconds)`: suspends until the board clock has advanced, as `time.sleep` does.
fn nap(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    let seconds = vm.expect_f64(args[0])?;
    let until_ns = vm.host.monotonic_ns() + (seconds * 1e9) as u64;
    vm.request = Some(Request::Suspend(Suspend::Sleep { until_ns }));
    Ok(Value::None)
}

/// `now()`: the board clock in seconds.
fn now(vm: &mut Vm, _args: &[Value], _kw: &[(Value, Value)]) -> PyResult<Value> {
    Ok(Value::float(vm.host.monotonic_ns() as f64 / 1e9))
}

fn vm_with_stand_ins(fast: bool, output: &Rc<RefCell<String>>) -> Vm {
    let mut vm = capture_vm(fast, output);
    let builtins = vm.builtins;
    for (name, f) in [("ask", ask as NativeFn), ("nap", nap), ("now", now)] {
        let native = vm.new_native(name, f, NativeKind::Function);
        vm.dict_set_str(builtins, name, native);
    }
    vm
}

#[test]
fn input_lines_then_eof_error_where_input_was_called() {
    let output = Rc::new(RefCell::new(String::new()));
    let mut vm = vm_with_stand_ins(true, &output);
    let program = "a = ask('name? ')\nprint('hi', a)\ntry:\n    ask()\n    print('not here')\nexcept EOFError:\n    print('eof')\nask()\n";
    let status = run_program(&mut vm, program, "code.py", None, &mut "Ada\r\n".as_bytes());
    assert_eq!(status, 1);
    assert_eq!(
        output.borrow().as_str(),
        "name? hi Ada\neof\nTraceback (most recent call last):\n  File \"code.py\", line 8, in <module>\nEOFError: \n"
    );
}

#[test]
fn fast_sleeps_advance_the_virtual_clock_only() {
    let output = Rc::new(RefCell::new(String::new()));
    let mut vm = vm_with_stand_ins(true, &output);
    let started = Instant::now();
    let status =
        run_program(&mut vm, "t = now()\nnap(3600)\nprint(now() - t >= 3600)\n", "<stdin>", None, &mut &b""[..]);
    assert_eq!((status, output.borrow().as_str()), (0, "True\n"));
    assert!(started.elapsed() < Duration::from_secs(2));
}

#[test]
fn until_stops_a_sleep_loop_after_that_much_board_time() {
    let output = Rc::new(RefCell::new(String::new()));
    let mut vm = vm_with_stand_ins(true, &output);
    let program = "n = 0\nwhile True:\n    n += 1\n    print(n)\n    nap(1)\n";
    let status = run_program(&mut vm, program, "<stdin>", Some(5_000_000_000), &mut &b""[..]);
    assert_eq!(status, 0);
    // Board time 0..=5 inclusive: the wake-up at exactly 5 s still runs.
    assert_eq!(output.borrow().as_str(), "1\n2\n3\n4\n5\n6\n");
    assert!(vm.host.monotonic_ns() >= 5_000_000_000);
}

#[test]
fn repl_input_takes_the_next_typed_line() {
    let output = Rc::new(RefCell::new(String::new()));
    let captured = output.clone();
    let make_vm = move || vm_with_stand_ins(true, &captured);
    let mut s = NativeRepl::new(Box::new(make_vm), DEFAULT_BOARD_DESCRIPTION, true);
    s.start();
    output.borrow_mut().clear();
    s.feed("x = ask('? ')\r");
    assert_eq!(std::mem::take(&mut *output.borrow_mut()), "x = ask('? ')\n? ");
    s.feed("typed\r");
    assert_eq!(std::mem::take(&mut *output.borrow_mut()), "typed\n>>> ");
    s.feed("x\r");
    assert_eq!(std::mem::take(&mut *output.borrow_mut()), "x\n'typed'\n>>> ");
    // The line typed for input() is edited like any other.
    s.feed("x = ask()\rtyd\x1b[Dpe\r");
    assert_eq!(std::mem::take(&mut *output.borrow_mut()), "x = ask()\ntyd\x08pd\x08ed\x08d\n>>> ");
    s.feed("x\r");
    assert_eq!(std::mem::take(&mut *output.borrow_mut()), "x\n'typed'\n>>> ");
    // Ctrl-C at input() raises KeyboardInterrupt in the program; Ctrl-D raises EOFError.
    s.feed("ask()\r\x03");
    assert!(std::mem::take(&mut *output.borrow_mut()).ends_with("KeyboardInterrupt: \n>>> "));
    s.feed("ask()\r\x04");
    assert!(std::mem::take(&mut *output.borrow_mut()).ends_with("EOFError: \n>>> "));
}

#[test]
fn imported_module_bodies_run_in_the_main_loop() {
    // A module that sleeps while it is imported (on the virtual clock), one that fails (and is imported
    // again), and a circular pair.
    let dir = temp_dir("imports");
    let files = [
        ("slowmod.py", "import time\nprint('slowmod start')\ntime.sleep(100)\nVALUE = 7\n"),
        ("badmod.py", "X = 1\nraise ValueError('bad module')\n"),
        ("cyc_a.py", "import cyc_b\nA = 1\n"),
        ("cyc_b.py", "import cyc_a\nB = 2\n"),
        (
            "main.py",
            "import time, sys\nt = time.monotonic()\nimport slowmod\nprint(slowmod.VALUE, time.monotonic() - t >= 100)\n\
             for i in range(2):\n    try:\n        import badmod\n    except ValueError as e:\n        print('failed:', e)\n\
             print('badmod' in sys.modules)\nimport cyc_a\nprint(cyc_a.A, cyc_a.cyc_b.B)\n",
        ),
    ];
    for (name, text) in files {
        std::fs::write(dir.join(name), text).expect("write module");
    }
    let o = run(&["--fast", dir.join("main.py").to_str().expect("path")]);
    assert_eq!(stderr(&o), "");
    assert_eq!(stdout(&o), "slowmod start\n7 True\nfailed: bad module\nfailed: bad module\nFalse\n1 2\n");
    assert_eq!(o.status.code(), Some(0));
    let _ = std::fs::remove_dir_all(&dir);
}
