//! No panics and no stack overflows, whatever the input; flat inputs parse in linear time without recursion.
use circuitpython_parser::ast::*;
use circuitpython_parser::{is_incomplete, parse_expression, parse_module};

/// Run `f` on a thread with a small stack (the 2 MiB cargo gives test threads; release and WebAssembly builds use far smaller frames), so that a recursion that is
/// not bounded shows up here as a crash.
fn small_stack<F: FnOnce() + Send + 'static>(f: F) {
    std::thread::Builder::new().stack_size(2 << 20).spawn(f).unwrap().join().unwrap();
}

fn nested_error(src: String) {
    small_stack(move || {
        let e = parse_module(&src).unwrap_err();
        assert_eq!(e.message, "too many nested parentheses", "{}", &src[..40.min(src.len())]);
        assert!(!is_incomplete(&src));
    });
}

#[test]
fn deep_nesting_is_an_error() {
    let n = 1000;
    nested_error(format!("x = {}1{}", "(".repeat(n), ")".repeat(n)));
    nested_error(format!("x = {}1{}", "[".repeat(n), "]".repeat(n)));
    nested_error(format!("x = {}1{}", "{".repeat(n), "}".repeat(n)));
    nested_error(format!("x = {}x", "-".repeat(n)));
    nested_error(format!("x = {}x", "not ".repeat(n)));
    nested_error(format!("x = {}x", "~-+".repeat(n)));
    nested_error(format!("x = {}2", "2**".repeat(n)));
    nested_error(format!("x = {}x", "lambda: ".repeat(n)));
    nested_error(format!("x = {}c", "a if b else ".repeat(n)));
    nested_error(format!("x = {}1{}", "f(".repeat(n), ")".repeat(n)));
    nested_error(format!("x = {}1{}", "a[".repeat(n), "]".repeat(n)));
    nested_error(format!("x = {}1{}", "-(".repeat(n), ")".repeat(n)));
    nested_error(format!("{} = 1", "(a, ".repeat(n) + &")".repeat(n)));
    nested_error(nested_ifs(n));
    // Unclosed deep nesting: still an error (not an "incomplete" request for more input).
    small_stack(|| assert!(parse_module(&"(".repeat(100_000)).is_err()));
}

#[test]
fn nesting_below_the_limit_fits_a_small_stack() {
    let n = 190;
    small_stack(move || {
        for (open, close) in [
            ("(", ")"),
            ("[", "]"),
            ("-(-(", "))"),
            ("f(", ")"),
            ("f(x=", ")"),
            ("a[1:", "]"),
            ("a[", "]"),
            ("{1: ", "}"),
        ] {
            // Each repetition of `-(-(` is four levels (two unary minus, two brackets).
            let reps = if open.starts_with('-') { n / 4 } else { n };
            let src = format!("x = {}1{}", open.repeat(reps), close.repeat(reps));
            assert!(parse_module(&src).is_ok(), "{open}");
        }
        let src = format!("x = f'{{{}1{}}}'", "(".repeat(n - 5), ")".repeat(n - 5));
        assert!(parse_module(&src).is_ok());
        assert!(parse_module(&nested_ifs(n)).is_ok());
    });
}

/// `n` `if` statements, each inside the one before.
fn nested_ifs(n: usize) -> String {
    let mut blocks = String::new();
    for i in 0..n {
        blocks.push_str(&" ".repeat(i));
        blocks.push_str("if x:\n");
    }
    blocks.push_str(&" ".repeat(n));
    blocks.push_str("pass\n");
    blocks
}

/// Take a tree apart without recursion (a 100,000-deep left spine would overflow `Drop`'s recursion).
fn dismantle(e: Expr) {
    let mut stack = vec![e];
    let dummy = || Expr { line: 0, kind: ExprKind::Constant(Constant::None) };
    while let Some(mut e) = stack.pop() {
        match &mut e.kind {
            ExprKind::BinOp { left, right, .. } => {
                stack.push(std::mem::replace(&mut **left, dummy()));
                stack.push(std::mem::replace(&mut **right, dummy()));
            }
            ExprKind::Attribute { value, .. } | ExprKind::Subscript { value, .. } => {
                stack.push(std::mem::replace(&mut **value, dummy()));
            }
            ExprKind::Call { func, .. } => stack.push(std::mem::replace(&mut **func, dummy())),
            _ => {}
        }
    }
}

#[test]
fn flat_chains_do_not_recurse() {
    small_stack(|| {
        let n = 100_000;
        for sep in ["+", "*", " | ", " - ", "."] {
            let src = format!("a{}", format!("{sep}a").repeat(n));
            dismantle(parse_expression(&src).unwrap());
        }
        let src = format!("a{}", "[1]".repeat(n));
        dismantle(parse_expression(&src).unwrap());
        let src = format!("a{}", "()".repeat(n));
        dismantle(parse_expression(&src).unwrap());
        // Dropping a tree takes its long spines apart without recursing (no `dismantle` needed).
        for link in [".a", "()", "[0]", "+a"] {
            drop(parse_expression(&format!("a{}", link.repeat(10 * n))).unwrap());
        }
        let src = format!("a{}", " and a".repeat(n));
        assert!(parse_expression(&src).is_ok());
        let src = format!("a{}", " < a".repeat(n));
        assert!(parse_expression(&src).is_ok());
        let src = format!("[{}]", "1, ".repeat(n));
        assert!(parse_expression(&src).is_ok());
        let src = format!("'{}'", "x".repeat(1_000_000));
        assert!(parse_expression(&src).is_ok());
        let src = format!("'{}' {}", "x", "'y' ".repeat(n));
        assert!(parse_expression(&src).is_ok());
        let src = "x = 1\n".repeat(n);
        assert_eq!(parse_module(&src).unwrap().body.len(), n);
        let src = format!("if a: pass\n{}else: pass\n", "elif b: pass\n".repeat(1000));
        assert!(parse_module(&src).is_ok());
    });
}

const SAMPLE: &str = r#"
import board, digitalio
from adafruit_thing import (A as B, c,)

@decorator(1, k=2)
class Led(Base, metaclass=Meta):
    """Docstring."""
    count: int = 0

    def __init__(self, pin, *args, value=False, **kw) -> None:
        self.pin = digitalio.DigitalInOut(pin)
        self.values = [x ** 2 for x in range(10) if x % 2]
        self.d = {k: v for k, v in kw.items()}
        super().__init__(*args, **kw)

    async def blink(self, n=3):
        async with self.lock as l, open('f') as (a, b):
            for i in range(n):
                await sleep(0.5); self.value = not self.value
            else:
                pass
        try:
            x = y[1:2, ::3] @ z
        except (ValueError, TypeError) as e:
            raise RuntimeError(f"bad {e!r:>{width}} {x=}") from e
        finally:
            del self.tmp
        return lambda a, /, b=2, *, c: (yield from g) if a else b'\x00' + rb'\n'

while (n := next(it, None)) is not None:
    total += n; continue
print(0x_ff, 0o17, 0b1, 1_000.5e-3, 10**100, -2**-1, ~a | b ^ c & d << 2 >> 1)
global_var = {**a, 'b': 2}, {1, *s}, (), (1,), [*x], ...
"#;

fn lcg(seed: &mut u64) -> u64 {
    *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    *seed >> 33
}

#[test]
fn sample_parses() {
    parse_module(SAMPLE).unwrap();
}

#[test]
fn fuzz_never_panics() {
    small_stack(|| {
        // Every prefix of a valid program.
        for (i, _) in SAMPLE.char_indices() {
            let s = &SAMPLE[..i];
            let _ = parse_module(s);
            let _ = is_incomplete(s);
        }
        // Random mutations of it, and random bytes drawn from an alphabet rich in Python's special characters.
        let alphabet: Vec<char> =
            "()[]{}:;,.=+-*/%@&|^~<>!'\"\\#\n\r\t fbrux0123456789_eEjJ.ifelseforindefλ€\u{0}".chars().collect();
        let mut seed = 42u64;
        let sample: Vec<char> = SAMPLE.chars().collect();
        for _ in 0..3000 {
            let mut s = sample.clone();
            for _ in 0..1 + lcg(&mut seed) % 4 {
                let at = lcg(&mut seed) as usize % s.len();
                let c = alphabet[lcg(&mut seed) as usize % alphabet.len()];
                match lcg(&mut seed) % 3 {
                    0 => s[at] = c,
                    1 => s.insert(at, c),
                    _ => {
                        s.remove(at);
                    }
                }
            }
            let s: String = s.into_iter().collect();
            let _ = parse_module(&s);
            let _ = is_incomplete(&s);
        }
        for _ in 0..5000 {
            let len = lcg(&mut seed) as usize % 40;
            let s: String = (0..len).map(|_| alphabet[lcg(&mut seed) as usize % alphabet.len()]).collect();
            let _ = parse_module(&s);
            let _ = parse_expression(&s);
            let _ = is_incomplete(&s);
        }
        for _ in 0..2000 {
            let len = lcg(&mut seed) as usize % 30;
            let bytes: Vec<u8> = (0..len).map(|_| lcg(&mut seed) as u8).collect();
            let s = String::from_utf8_lossy(&bytes);
            let _ = parse_module(&s);
            let _ = parse_expression(&s);
        }
    });
}

#[test]
fn ten_thousand_lines_is_fast() {
    let mut src = String::new();
    while src.lines().count() < 10_000 {
        src.push_str(SAMPLE);
    }
    let t = std::time::Instant::now();
    let m = parse_module(&src).unwrap();
    let elapsed = t.elapsed();
    assert!(m.body.len() > 1000);
    eprintln!("10,000 lines parsed in {elapsed:?}");
    assert!(elapsed.as_millis() < 2000, "{elapsed:?}");
}
