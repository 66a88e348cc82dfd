//! Exact error messages (and a few reprs) of native modules, pinned as they are: the corpus prints no builtin
//! error's message (CPython's differ in places), so these keep refactorings of the modules from changing them.

use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_circuitpython");

fn run_source(flags: &[&str], source: &str) -> String {
    let out = Command::new(BIN).args(flags).args(["-c", source]).output().expect("run circuitpython");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Every syntax error of the pattern parser, the replacement template's errors, argument errors, and the
/// search giving up.
#[test]
fn re_messages() {
    assert_eq!(run_source(&[], RE_PROGRAM), RE_OUTPUT);
}

/// The compiled program's size limit: reached by plain characters, by counted repeats, inside a group that is
/// then repeated zero times, and before a syntax error further on (the limit wins, being met first).
#[test]
fn re_program_limit() {
    assert_eq!(run_source(&["--heap", "16m"], LIMIT_PROGRAM), LIMIT_OUTPUT);
}

const LIMIT_PROGRAM: &str = r#"import re
for p in ("a" * 50001 + ")", "a" * 49999 + "\\", "(?:){0,60000}", "(?:){60000}x", "(?:" + "a" * 50001 + "){0}", "a" * 49990 + "(?:b|c){5}", "a" * 50001 + "(", "x{50000}", "x{49999}"):
    try:
        re.compile(p)
        print("compiled", len(p))
    except Exception as e:
        print(len(p), type(e).__name__, e)
"#;

const LIMIT_OUTPUT: &str = r#"50002 ValueError pattern too large
50000 ValueError bad escape (end of pattern) at position 50000
13 ValueError pattern too large
compiled 12
50008 ValueError pattern too large
50000 ValueError pattern too large
50002 ValueError pattern too large
8 ValueError pattern too large
compiled 8
"#;

const RE_PROGRAM: &str = r#"import re
for bad in ("a(?=b", "*a", "a{3,2}", "(?P<a>x)(?P<a>y)", "(?P=nope)", "\\1", "[z-a]", "(?<=a+)b", "a)", "\\q", "a|*", "(?Px)",
            "a**", "a{2}{3}", "+", "(?<1a>x)", "[abc", "[\\d-z]", "\\x4", "\\u12G4", "a\\", "(?z)", "(?iz)", "x(?i)", "(?#abc",
            "(?P<a", "(a)\\2", "\\9", "(?<=a|bc)", "(?", "a??+", "a{1,2}*", "[\\q]", "\\U0011FFFF", "(" * 101, "a{99999}",
            "(?:" + "a" * 50001 + "){0}", "(?<=(?P<n>a))b", "a{,2}?b{", "x*?{2}"):
    try:
        re.compile(bad)
        print("compiled", repr(bad[:20]))
    except Exception as e:
        print(repr(bad[:20]), type(e).__name__, e)
for f in (lambda: re.sub("a", "\\", "a"), lambda: re.sub("a", "\\g1", "a"), lambda: re.sub("a", "\\g<x>", "a"),
          lambda: re.sub("a", "\\q", "a"), lambda: re.sub("a", "\\2", "a"), lambda: re.sub("a", "\\g<3>", "a"),
          lambda: re.sub("a", lambda m: 5, "a"), lambda: re.match("a", 5), lambda: re.compile(5), lambda: re.match("(a)", "a").group(2),
          lambda: re.match("(a)", "a").group("x"), lambda: re.match("a", "a").span(-1), lambda: re.match(r"(a|a)*b", "a" * 40),
          lambda: re.sub(), lambda: re.search("a"), lambda: re.compile("a").sub("b"), lambda: re.compile("a").match(), 
          lambda: re.compile("a").split("a", "x"), lambda: re.compile("a").search("a", "x")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(re.sub("a", "\\n\\t\\r\\\\\\-\\.", "a") == "\n\t\r\\\\-\\.", re.sub("(a)", "\\g<1>\\g<0>\\1", "a"))
print(re.findall("(a)(b)?", "ab a"), re.split("(a)(x)?", "bab", maxsplit=1), re.sub("a", "b", "aaa", count=2), re.search("a", "ba", flags=0))
print(re.compile("a", re.I), re.compile("a").flags, re.compile("(?m)a").flags, re.match("a", "A", flags=re.I))
print(list(re.finditer("a", "aa")), re.fullmatch("a", "aa", re.I), re.match("(?P<x>a)?", "").groupdict("d"), re.match("(a)?", "").groups("z"))
m = re.match("(?P<x>a)(b)?", "a")
print(m.span(2), m.start("x"), m.end(1), m[0], m["x"], m.group(0, "x", 2), m.string, m.re if hasattr(m, "re") else 0)
"#;

const RE_OUTPUT: &str = r#"'a(?=b' ValueError missing ), unterminated subpattern at position 1
'*a' ValueError nothing to repeat at position 0
'a{3,2}' ValueError min repeat greater than max repeat at position 6
'(?P<a>x)(?P<a>y)' ValueError redefinition of group name 'a' at position 14
'(?P=nope)' ValueError unknown group name 'nope' at position 9
'\\1' ValueError invalid group reference 1 at position 0
'[z-a]' ValueError bad character range at position 4
'(?<=a+)b' ValueError look-behind requires fixed-width pattern at position 0
'a)' ValueError unbalanced parenthesis at position 1
'\\q' ValueError bad escape \q at position 1
'a|*' ValueError nothing to repeat at position 2
'(?Px)' ValueError unsupported inline flag 'P' at position 0
'a**' ValueError multiple repeat at position 2
'a{2}{3}' ValueError multiple repeat at position 4
'+' ValueError nothing to repeat at position 0
'(?<1a>x)' ValueError bad character in group name '1a' at position 6
'[abc' ValueError unterminated character set at position 0
'[\\d-z]' ValueError bad character range at position 5
'\\x4' ValueError incomplete escape \x4 at position 2
'\\u12G4' ValueError incomplete escape \u12G4 at position 2
'a\\' ValueError bad escape (end of pattern) at position 2
'(?z)' ValueError unsupported inline flag 'z' at position 0
'(?iz)' ValueError unsupported inline flag 'z' at position 0
'x(?i)' ValueError unsupported group syntax (?i at position 3
'(?#abc' ValueError missing ) at position 6
'(?P<a' ValueError missing > at position 5
'(a)\\2' ValueError invalid group reference 2 at position 3
'\\9' ValueError invalid group reference 9 at position 0
'(?<=a|bc)' ValueError look-behind requires fixed-width pattern at position 0
'(?' ValueError unsupported group syntax (?  at position 2
'a??+' ValueError multiple repeat at position 3
'a{1,2}*' ValueError multiple repeat at position 6
'[\\q]' ValueError bad escape \q at position 2
'\\U0011FFFF' ValueError incomplete escape \U0011FFFF at position 2
'((((((((((((((((((((' ValueError too many nested groups at position 101
'a{99999}' ValueError pattern too large
'(?:aaaaaaaaaaaaaaaaa' ValueError pattern too large
compiled '(?<=(?P<n>a))b'
compiled 'a{,2}?b{'
'x*?{2}' ValueError multiple repeat at position 3
ValueError bad escape (end of pattern)
ValueError missing <
IndexError unknown group name 'x'
ValueError bad escape \q
ValueError invalid group reference 2
ValueError invalid group reference 3
TypeError expected str instance
TypeError expected string, got 'int'
TypeError pattern must be a str
IndexError no such group
IndexError no such group
IndexError no such group
RuntimeError regular expression too complex for this input
TypeError re() missing required argument 'pattern'
TypeError missing required argument 'string'
TypeError missing required argument 'string'
TypeError missing required argument 'string'
TypeError 'str' object cannot be interpreted as an integer
TypeError 'str' object cannot be interpreted as an integer
True aaa
[('a', 'b'), ('a', '')] ['b', 'a', None, 'b'] bba <re.Match object; span=(1, 2), match='a'>
re.compile('a') 0 8 <re.Match object; span=(0, 1), match='A'>
[<re.Match object; span=(0, 1), match='a'>, <re.Match object; span=(1, 2), match='a'>] None {'x': 'd'} ('z',)
(-1, -1) 0 1 a a ('a', 'a', None) a 0
"#;

/// json's decoding errors with their line, column and position, and its encoding errors (CPython's texts).
#[test]
fn json_messages() {
    assert_eq!(run_source(&[], JSON_PROGRAM), JSON_OUTPUT);
}

const JSON_PROGRAM: &str = r#"import json
for bad in ("nul", "True", "Inf", "-Inf", "-", "nulll", "[true,]", '{"a" 1}', '"\\x"', '"\\u12"', "[1 2]", '{1: 2}', '"a\x01"', '"abc', "\n\n  tru"):
    try:
        json.loads(bad)
    except ValueError as e:
        print(repr(bad), e)
for v in (set(), {(1,): 2}, b"x"):
    try:
        json.dumps(v)
    except TypeError as e:
        print(e)
"#;

const JSON_OUTPUT: &str = r#"'nul' Expecting value: line 1 column 1 (char 0)
'True' Expecting value: line 1 column 1 (char 0)
'Inf' Expecting value: line 1 column 1 (char 0)
'-Inf' Expecting value: line 1 column 1 (char 0)
'-' Expecting value: line 1 column 1 (char 0)
'nulll' Extra data: line 1 column 5 (char 4)
'[true,]' Expecting value: line 1 column 7 (char 6)
'{"a" 1}' Expecting ':' delimiter: line 1 column 6 (char 5)
'"\\x"' Invalid \escape: line 1 column 2 (char 1)
'"\\u12"' Invalid \uXXXX escape: line 1 column 3 (char 2)
'[1 2]' Expecting ',' delimiter: line 1 column 4 (char 3)
'{1: 2}' Expecting property name enclosed in double quotes: line 1 column 2 (char 1)
'"a\x01"' Invalid control character at: line 1 column 3 (char 2)
'"abc' Unterminated string starting at: line 1 column 1 (char 0)
'\n\n  tru' Expecting value: line 3 column 3 (char 4)
Object of type set is not JSON serializable
keys must be str, int, float, bool or None, not tuple
Object of type bytes is not JSON serializable
"#;

/// deque's repr (ours: CircuitPython's deque has none) with the ring wrapped around, and its items surviving a
/// collection while wrapped.
#[test]
fn deque_repr_and_trace() {
    assert_eq!(run_source(&[], DEQUE_PROGRAM), DEQUE_OUTPUT);
}

const DEQUE_PROGRAM: &str = r#"from collections import deque
import gc
d = deque((), 4)
for i in range(7):
    d.append(str(i) * 2)
d.appendleft("x" + "y")
print(repr(d), repr(deque()), repr(deque([1, "a"])))
e = deque()
for i in range(5):
    e.appendleft([i])
    e.append((i,))
e.popleft()
gc.collect()
print(e, list(d), [x for x in e][:3])
"#;

const DEQUE_OUTPUT: &str = r#"deque(['xy', '33', '44', '55'], maxlen=4) deque([]) deque([1, 'a'])
deque([[3], [2], [1], [0], (0,), (1,), (2,), (3,), (4,)]) ['xy', '33', '44', '55'] [[3], [2], [1]]
"#;
