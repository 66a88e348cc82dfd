//! The regular-expression engine behind `re`: a parser for Python's pattern syntax (the subset CircuitPython
//! documents plus lookaround, backreferences, `\A`/`\Z` and leading inline flags) that emits a small
//! instruction list as it reads (no syntax tree: counted repeats copy the code of their atom), and a
//! backtracking matcher on characters. Backtracking uses an explicit stack and a step budget, so a pathological
//! pattern fails with an error instead of overflowing the native stack or hanging.

use crate::numfmt::is_py_space;
use std::ops::Range;

pub const IGNORECASE: i64 = 2;
pub const MULTILINE: i64 = 8;
pub const DOTALL: i64 = 16;

/// Steps one search may take before giving up (a few hundred milliseconds of work at most).
const STEP_BUDGET: u64 = 20_000_000;
/// Backtracking entries one search may hold (bounds its memory).
const STACK_LIMIT: usize = 1 << 20;
/// Instructions a compiled pattern may have (counted repeats are expanded).
const PROGRAM_LIMIT: usize = 50_000;
/// Group nesting depth the (recursive) parser accepts.
const NESTING_LIMIT: usize = 100;

/// Why a pattern failed to compile or a search gave up.
pub enum Error {
    Syntax(String),
    TooComplex,
}

#[derive(Clone, Copy, PartialEq)]
enum Anchor {
    /// `^` without MULTILINE, and `\A`.
    TextStart,
    LineStart,
    /// `$` without MULTILINE: the end, or before a final newline.
    EndOrFinalNewline,
    LineEnd,
    /// `\Z`.
    TextEnd,
    WordBoundary,
    NotWordBoundary,
}

#[derive(Clone, Copy)]
enum ClassItem {
    Range(char, char),
    Digit(bool),
    Space(bool),
    Word(bool),
}

/// One instruction. Jump targets are relative to the instruction's own index, so a piece of code stays valid
/// when it is moved (a split inserted before it) or copied (a counted repeat).
#[derive(Clone, Copy)]
enum Inst {
    Char(char),
    /// `.`: every character but `\n` (every character with DOTALL).
    Any,
    /// A class: the items `from..to` of the regex's class items (any of them matches), or none of them.
    Class {
        negated: bool,
        from: usize,
        to: usize,
    },
    Anchor(Anchor),
    /// Try the first target, backtrack to the second.
    Split(isize, isize),
    Jump(isize),
    /// Record the position in a capture slot.
    Save(usize),
    /// Record the position in a loop mark (numbered from 0 while parsing, then moved after the capture slots).
    Mark(usize),
    /// Leave a `*` loop whose last iteration consumed nothing (it would repeat forever): go to the target.
    ExitIfNoProgress(usize, isize),
    Backref(usize),
    /// A lookaround whose body follows and ends with `Match`; execution continues at `next`.
    Look {
        behind: bool,
        negated: bool,
        width: usize,
        next: isize,
    },
    Match,
}

pub struct Regex {
    program: Vec<Inst>,
    /// The items of every class, each class's a run of them.
    items: Vec<ClassItem>,
    /// Capture slots (two per group, group 0 included) followed by loop marks.
    slots: usize,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    pub flags: i64,
}

/// Capture spans in character indices: the whole match, then each group.
pub type Spans = Vec<Option<Range<usize>>>;

// ---- parsing and compiling ----

/// What a piece of pattern matches: its fixed width, if it has one (look-behind needs it), and whether it can
/// match without consuming a character (a loop over it needs a progress check).
#[derive(Clone, Copy)]
struct Shape {
    width: Option<usize>,
    empty: bool,
}

const ONE: Shape = Shape { width: Some(1), empty: false };
const NOTHING: Shape = Shape { width: Some(0), empty: true };

struct Parser {
    chars: Vec<char>,
    at: usize,
    flags: i64,
    groups: usize,
    names: Vec<(String, usize)>,
    depth: usize,
    program: Vec<Inst>,
    items: Vec<ClassItem>,
    marks: usize,
}

fn split(greedy: bool, target: isize) -> Inst {
    if greedy {
        Inst::Split(1, target)
    } else {
        Inst::Split(target, 1)
    }
}

impl Parser {
    fn fail(&self, msg: std::fmt::Arguments) -> Error {
        Error::Syntax(format!("{msg} at position {}", self.at))
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        let found = self.peek() == Some(c);
        self.at += found as usize;
        found
    }

    /// Append code, within the program's size limit.
    fn append(&mut self, code: &[Inst]) -> Result<(), Error> {
        if self.program.len() + code.len() > PROGRAM_LIMIT {
            return Err(Error::Syntax("pattern too large".into()));
        }
        self.program.extend_from_slice(code);
        Ok(())
    }

    fn emit(&mut self, inst: Inst) -> Result<(), Error> {
        self.append(std::slice::from_ref(&inst))
    }

    /// Emit a one-instruction atom; `None` (not repeatable) for an anchor.
    fn emit_atom(&mut self, mut inst: Inst) -> Result<Option<Shape>, Error> {
        let shape = match &mut inst {
            Inst::Anchor(_) => None,
            Inst::Backref(_) => Some(Shape { width: None, empty: true }),
            Inst::Char(c) if self.flags & IGNORECASE != 0 => {
                *c = fold(*c);
                Some(ONE)
            }
            _ => Some(ONE),
        };
        self.emit(inst)?;
        Ok(shape)
    }

    fn alternation(&mut self) -> Result<Shape, Error> {
        // a|b|c: split(a, L1); a; jump end; L1: split(b, L2); b; jump end; L2: c; end:
        let mut jumps = Vec::new();
        let mut shape: Option<Shape> = None;
        loop {
            let start = self.program.len();
            let s = self.sequence()?;
            shape = Some(match shape {
                None => s,
                Some(t) => Shape { width: if t.width == s.width { s.width } else { None }, empty: t.empty || s.empty },
            });
            if !self.eat('|') {
                break;
            }
            self.program.insert(start, Inst::Split(1, (self.program.len() + 2 - start) as isize));
            jumps.push(self.program.len());
            self.emit(Inst::Jump(0))?;
        }
        let end = self.program.len();
        for j in jumps {
            self.program[j] = Inst::Jump((end - j) as isize);
        }
        Ok(shape.unwrap_or(NOTHING))
    }

    fn sequence(&mut self) -> Result<Shape, Error> {
        let mut shape = NOTHING;
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let start = self.program.len();
            let atom = self.atom()?;
            let s = self.quantified(start, atom)?;
            shape = Shape { width: shape.width.zip(s.width).map(|(a, b)| a + b), empty: shape.empty && s.empty };
        }
        Ok(shape)
    }

    /// An integer of a `{m,n}` quantifier, if digits follow (`None` too if it overflows).
    fn number(&mut self) -> Option<u32> {
        let start = self.at;
        let mut n = Some(0u32);
        while let Some(d) = self.peek().and_then(|c| c.to_digit(10)) {
            self.at += 1;
            n = n.and_then(|n| n.checked_mul(10)?.checked_add(d));
        }
        n.filter(|_| self.at > start)
    }

    /// `{m}`, `{m,}`, `{,n}`, `{m,n}`; `None` (and no input consumed) if there is none (a brace is a literal).
    fn braces(&mut self) -> Result<Option<(u32, Option<u32>)>, Error> {
        let start = self.at;
        if !self.eat('{') {
            return Ok(None);
        }
        let min = self.number();
        let bounds = if self.eat(',') {
            let max = self.number();
            self.eat('}').then_some((min.unwrap_or(0), max))
        } else {
            min.filter(|_| self.eat('}')).map(|m| (m, Some(m)))
        };
        match bounds {
            Some((min, Some(max))) if max < min => Err(self.fail(format_args!("min repeat greater than max repeat"))),
            Some(b) => Ok(Some(b)),
            None => {
                self.at = start;
                Ok(None)
            }
        }
    }

    /// Whether a quantifier comes next (consuming nothing).
    fn quantifier_follows(&mut self) -> bool {
        let start = self.at;
        let found = matches!(self.peek(), Some('*' | '+' | '?')) || matches!(self.braces(), Ok(Some(_)));
        self.at = start;
        found
    }

    /// The quantifier after the atom whose code starts at `start`, if any, applied to that code.
    fn quantified(&mut self, start: usize, atom: Option<Shape>) -> Result<Shape, Error> {
        let q = self.at;
        let bounds = match self.peek() {
            Some('*') => Some((0, None)),
            Some('+') => Some((1, None)),
            Some('?') => Some((0, Some(1))),
            _ => None,
        };
        let (min, max) = match bounds {
            Some(b) => {
                self.at += 1;
                b
            }
            None => match self.braces()? {
                Some(b) => b,
                None => return Ok(atom.unwrap_or(NOTHING)),
            },
        };
        let Some(shape) = atom else {
            self.at = q;
            return Err(self.fail(format_args!("nothing to repeat")));
        };
        let greedy = !self.eat('?');
        if self.quantifier_follows() {
            return Err(self.fail(format_args!("multiple repeat")));
        }
        let body = self.program.split_off(start);
        for _ in 0..min {
            self.append(&body)?;
        }
        let len = body.len() as isize;
        match max {
            None => {
                // loop: split(body, exit); [mark]; body; [progress check]; jump loop; exit:
                let mark = shape.empty.then(|| {
                    self.marks += 1;
                    self.marks - 1
                });
                let exit = len + 2 + 2 * mark.is_some() as isize;
                self.emit(split(greedy, exit))?;
                if let Some(m) = mark {
                    self.emit(Inst::Mark(m))?;
                }
                self.append(&body)?;
                if let Some(m) = mark {
                    self.emit(Inst::ExitIfNoProgress(m, 2))?;
                }
                self.emit(Inst::Jump(1 - exit))?;
            }
            Some(max) => {
                // each optional copy: split(body, exit); body
                for left in (1..=(max - min) as isize).rev() {
                    self.emit(split(greedy, left * (len + 1)))?;
                    self.append(&body)?;
                }
            }
        }
        let width = if Some(min) == max { shape.width.map(|w| w * min as usize) } else { None };
        Ok(Shape { width, empty: min == 0 || shape.empty })
    }

    /// One atom's code; `None` if it is zero-width and cannot be repeated (an anchor, a comment, inline flags).
    fn atom(&mut self) -> Result<Option<Shape>, Error> {
        if self.quantifier_follows() {
            return Err(self.fail(format_args!("nothing to repeat")));
        }
        let c = self.peek().unwrap_or('\0');
        self.at += 1;
        let multiline = self.flags & MULTILINE != 0;
        let inst = match c {
            '.' => Inst::Any,
            '^' => Inst::Anchor(if multiline { Anchor::LineStart } else { Anchor::TextStart }),
            '$' => Inst::Anchor(if multiline { Anchor::LineEnd } else { Anchor::EndOrFinalNewline }),
            '[' => self.class()?,
            '(' => return self.group(),
            '\\' => return self.escape(),
            c => Inst::Char(c),
        };
        self.emit_atom(inst)
    }

    fn group(&mut self) -> Result<Option<Shape>, Error> {
        let open = self.at - 1;
        if self.depth >= NESTING_LIMIT {
            return Err(self.fail(format_args!("too many nested groups")));
        }
        let mut capture = None;
        let mut look = None;
        if self.eat('?') {
            let q = self.at;
            let c = self.peek().unwrap_or(' ');
            self.at += 1;
            match c {
                ':' => {}
                '=' | '!' => look = Some((false, c == '!')),
                '<' if matches!(self.peek(), Some('=' | '!')) => {
                    look = Some((true, self.peek() == Some('!')));
                    self.at += 1;
                }
                'P' if self.eat('=') => {
                    let name = self.take_until(')')?;
                    return match self.names.iter().find(|(n, _)| *n == name) {
                        Some(&(_, n)) => self.emit_atom(Inst::Backref(n)),
                        None => Err(self.fail(format_args!("unknown group name '{name}'"))),
                    };
                }
                '<' | 'P' if c == '<' || self.eat('<') => {
                    let name = self.take_until('>')?;
                    if !circuitpython_parser::is_identifier(&name) {
                        return Err(self.fail(format_args!("bad character in group name '{name}'")));
                    }
                    if self.names.iter().any(|(n, _)| *n == name) {
                        return Err(self.fail(format_args!("redefinition of group name '{name}'")));
                    }
                    self.groups += 1;
                    self.names.push((name, self.groups));
                    capture = Some(self.groups);
                }
                '#' => {
                    self.take_until(')')?;
                    return Ok(None);
                }
                _ => {
                    // Inline flags, as CPython, only at the very start: `(?ims)`.
                    let mut end = q;
                    while self.chars.get(end).is_some_and(|c| c.is_ascii_alphabetic()) {
                        end += 1;
                    }
                    if open == 0 && end > q && self.chars.get(end) == Some(&')') {
                        for i in q..end {
                            let f = self.chars[i];
                            self.flags |= match f {
                                'i' => IGNORECASE,
                                'm' => MULTILINE,
                                's' => DOTALL,
                                'a' | 'u' | 'L' => 0,
                                _ => {
                                    self.at = 0;
                                    return Err(self.fail(format_args!("unsupported inline flag '{f}'")));
                                }
                            };
                        }
                        self.at = end + 1;
                        return Ok(None);
                    }
                    self.at = q;
                    return Err(self.fail(format_args!("unsupported group syntax (?{c}")));
                }
            }
        } else {
            self.groups += 1;
            capture = Some(self.groups);
        }
        let at = self.program.len();
        if let Some(n) = capture {
            self.emit(Inst::Save(2 * n))?;
        } else if look.is_some() {
            // The lookaround instruction, filled in once its body is known.
            self.emit(Inst::Match)?;
        }
        self.depth += 1;
        let shape = self.alternation()?;
        self.depth -= 1;
        if !self.eat(')') {
            self.at = open;
            return Err(self.fail(format_args!("missing ), unterminated subpattern")));
        }
        if let Some(n) = capture {
            self.emit(Inst::Save(2 * n + 1))?;
        }
        let Some((behind, negated)) = look else { return Ok(Some(shape)) };
        if behind && shape.width.is_none() {
            self.at = open;
            return Err(self.fail(format_args!("look-behind requires fixed-width pattern")));
        }
        self.emit(Inst::Match)?;
        let next = (self.program.len() - at) as isize;
        self.program[at] = Inst::Look { behind, negated, width: shape.width.unwrap_or(0), next };
        Ok(Some(NOTHING))
    }

    fn take_until(&mut self, end: char) -> Result<String, Error> {
        let start = self.at;
        while let Some(c) = self.peek() {
            self.at += 1;
            if c == end {
                return Ok(self.chars[start..self.at - 1].iter().collect());
            }
        }
        Err(self.fail(format_args!("missing {end}")))
    }

    /// An escape after `\`: a character, a class, an anchor or (outside classes) a backreference.
    fn escape(&mut self) -> Result<Option<Shape>, Error> {
        let anchor = match self.peek() {
            Some('A') => Some(Anchor::TextStart),
            Some('Z') => Some(Anchor::TextEnd),
            Some('b') => Some(Anchor::WordBoundary),
            Some('B') => Some(Anchor::NotWordBoundary),
            _ => None,
        };
        if let Some(anchor) = anchor {
            self.at += 1;
            return self.emit_atom(Inst::Anchor(anchor));
        }
        if let Some(d) = self.peek().filter(|c| *c != '0').and_then(|c| c.to_digit(10)) {
            let start = self.at;
            self.at += 1;
            let mut n = d as usize;
            if let Some(d) = self.peek().and_then(|c| c.to_digit(10)) {
                self.at += 1;
                n = n * 10 + d as usize;
            }
            if n > self.groups {
                self.at = start - 1;
                return Err(self.fail(format_args!("invalid group reference {n}")));
            }
            return self.emit_atom(Inst::Backref(n));
        }
        let inst = match self.class_escape()? {
            ClassItem::Range(c, _) => Inst::Char(c),
            item => {
                self.items.push(item);
                Inst::Class { negated: false, from: self.items.len() - 1, to: self.items.len() }
            }
        };
        self.emit_atom(inst)
    }

    /// An escape valid in and out of classes: a character (as a one-character range) or `\d \s \w` and negations.
    fn class_escape(&mut self) -> Result<ClassItem, Error> {
        let Some(c) = self.peek() else { return Err(self.fail(format_args!("bad escape (end of pattern)"))) };
        self.at += 1;
        let digits = match c {
            'd' | 'D' => return Ok(ClassItem::Digit(c == 'd')),
            's' | 'S' => return Ok(ClassItem::Space(c == 's')),
            'w' | 'W' => return Ok(ClassItem::Word(c == 'w')),
            'x' => 2,
            'u' => 4,
            'U' => 8,
            _ => 0,
        };
        let ch = match c {
            _ if digits > 0 => {
                let mut code = Some(0u32);
                for i in 0..digits {
                    let d = self.chars.get(self.at + i).and_then(|c| c.to_digit(16));
                    code = code.zip(d).map(|(code, d)| code * 16 + d);
                }
                match code.and_then(char::from_u32) {
                    Some(ch) => {
                        self.at += digits;
                        ch
                    }
                    None => {
                        // Texts are taken from `[char]` slices everywhere in `re`, so one `collect` serves all.
                        let text: String =
                            self.chars[self.at..(self.at + digits).min(self.chars.len())].iter().collect();
                        return Err(self.fail(format_args!("incomplete escape \\{c}{text}")));
                    }
                }
            }
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            'f' => '\x0c',
            'v' => '\x0b',
            'a' => '\x07',
            '0' => '\0',
            c if c.is_ascii_alphanumeric() => {
                self.at -= 1;
                return Err(self.fail(format_args!("bad escape \\{c}")));
            }
            c => c,
        };
        Ok(ClassItem::Range(ch, ch))
    }

    fn class(&mut self) -> Result<Inst, Error> {
        let open = self.at - 1;
        let negated = self.eat('^');
        let from = self.items.len();
        let mut first = true;
        loop {
            let Some(c) = self.peek() else {
                self.at = open;
                return Err(self.fail(format_args!("unterminated character set")));
            };
            if c == ']' && !first {
                self.at += 1;
                return Ok(Inst::Class { negated, from, to: self.items.len() });
            }
            first = false;
            let item = self.class_atom()?;
            if self.peek() == Some('-') && self.chars.get(self.at + 1).is_some_and(|c| *c != ']') {
                self.at += 1;
                let end = self.class_atom()?;
                match (item, end) {
                    (ClassItem::Range(lo, _), ClassItem::Range(hi, _)) if lo <= hi => {
                        self.items.push(ClassItem::Range(lo, hi))
                    }
                    _ => return Err(self.fail(format_args!("bad character range"))),
                }
            } else {
                self.items.push(item);
            }
        }
    }

    fn class_atom(&mut self) -> Result<ClassItem, Error> {
        let c = self.peek().unwrap_or('\0');
        self.at += 1;
        if c != '\\' {
            return Ok(ClassItem::Range(c, c));
        }
        // `\b` is a backspace inside a class.
        if self.eat('b') {
            return Ok(ClassItem::Range('\x08', '\x08'));
        }
        self.class_escape()
    }
}

// Case and classes are ASCII's, as CircuitPython's re (re1.5 matches bytes: `\w` is `[A-Za-z0-9_]`, `\s` is
// space and `\t`..`\r`, `\d` is `[0-9]`). It has no IGNORECASE; ours folds ASCII letters only, like
// `str.lower()` on the device.

/// Characters compared under IGNORECASE.
fn fold(c: char) -> char {
    c.to_ascii_lowercase()
}

fn is_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

impl ClassItem {
    fn contains(self, c: char) -> bool {
        match self {
            ClassItem::Range(lo, hi) => lo <= c && c <= hi,
            ClassItem::Digit(yes) => c.is_ascii_digit() == yes,
            ClassItem::Space(yes) => is_py_space(c) == yes,
            ClassItem::Word(yes) => is_word(c) == yes,
        }
    }
}

/// Whether a class of `items` contains `c` (or, ignoring case, its other ASCII case).
fn class_has(items: &[ClassItem], c: char, ignore_case: bool) -> bool {
    let has = |c: char| items.iter().any(|i| i.contains(c));
    has(c) || (ignore_case && (has(fold(c)) || has(c.to_ascii_uppercase())))
}

pub fn compile(pattern: &str, flags: i64) -> Result<Regex, Error> {
    let mut p = Parser {
        chars: pattern.chars().collect(),
        at: 0,
        flags,
        groups: 0,
        names: Vec::new(),
        depth: 0,
        program: Vec::new(),
        items: Vec::new(),
        marks: 0,
    };
    p.alternation()?;
    if p.peek() == Some(')') {
        return Err(p.fail(format_args!("unbalanced parenthesis")));
    }
    p.emit(Inst::Match)?;
    let marks_at = 2 * (p.groups + 1);
    for inst in &mut p.program {
        if let Inst::Mark(m) | Inst::ExitIfNoProgress(m, _) = inst {
            *m += marks_at;
        }
    }
    Ok(Regex {
        program: p.program,
        items: p.items,
        slots: marks_at + p.marks,
        groups: p.groups,
        names: p.names,
        flags: p.flags,
    })
}

// ---- matching ----

enum Backtrack {
    Try(usize, usize),
    Restore(usize, Option<usize>),
}

/// One search's matcher state: the text and the work left.
struct Matcher<'a> {
    regex: &'a Regex,
    text: &'a [char],
    steps: u64,
}

/// How a match must end: at a given position (fullmatch, look-behind), and never empty at its start
/// (the search after an empty match).
#[derive(Clone, Copy)]
struct EndRule {
    at: Option<usize>,
    not_empty: bool,
}

impl Matcher<'_> {
    fn at_anchor(&self, anchor: Anchor, pos: usize) -> bool {
        let text = self.text;
        let word_before = pos > 0 && is_word(text[pos - 1]);
        let word_after = pos < text.len() && is_word(text[pos]);
        match anchor {
            Anchor::TextStart => pos == 0,
            Anchor::LineStart => pos == 0 || text[pos - 1] == '\n',
            Anchor::EndOrFinalNewline => pos == text.len() || (pos + 1 == text.len() && text[pos] == '\n'),
            Anchor::LineEnd => pos == text.len() || text[pos] == '\n',
            Anchor::TextEnd => pos == text.len(),
            Anchor::WordBoundary => word_before != word_after,
            Anchor::NotWordBoundary => word_before == word_after,
        }
    }

    /// Run the program from `pc` at `start`; the end position on success (with `slots` filled in).
    fn run(
        &mut self,
        pc: usize,
        start: usize,
        slots: &mut [Option<usize>],
        rule: EndRule,
    ) -> Result<Option<usize>, Error> {
        let ignore_case = self.regex.flags & IGNORECASE != 0;
        let dotall = self.regex.flags & DOTALL != 0;
        let text = self.text;
        let mut stack = vec![Backtrack::Try(pc, start)];
        while let Some(entry) = stack.pop() {
            let (mut pc, mut pos) = match entry {
                Backtrack::Try(pc, pos) => (pc, pos),
                Backtrack::Restore(slot, old) => {
                    slots[slot] = old;
                    continue;
                }
            };
            'attempt: loop {
                self.steps += 1;
                if self.steps > STEP_BUDGET || stack.len() > STACK_LIMIT {
                    return Err(Error::TooComplex);
                }
                let next = text.get(pos).copied();
                let ok = match &self.regex.program[pc] {
                    Inst::Char(c) => next.is_some_and(|n| n == *c || (ignore_case && fold(n) == *c)),
                    Inst::Any => next.is_some_and(|n| dotall || n != '\n'),
                    Inst::Class { negated, from, to } => {
                        next.is_some_and(|n| class_has(&self.regex.items[*from..*to], n, ignore_case) != *negated)
                    }
                    Inst::Anchor(a) => {
                        if !self.at_anchor(*a, pos) {
                            break;
                        }
                        pc += 1;
                        continue;
                    }
                    Inst::Split(a, b) => {
                        stack.push(Backtrack::Try(pc.wrapping_add_signed(*b), pos));
                        pc = pc.wrapping_add_signed(*a);
                        continue;
                    }
                    Inst::Jump(t) => {
                        pc = pc.wrapping_add_signed(*t);
                        continue;
                    }
                    Inst::Save(slot) | Inst::Mark(slot) => {
                        stack.push(Backtrack::Restore(*slot, slots[*slot]));
                        slots[*slot] = Some(pos);
                        pc += 1;
                        continue;
                    }
                    Inst::ExitIfNoProgress(mark, exit) => {
                        pc = if slots[*mark] == Some(pos) { pc.wrapping_add_signed(*exit) } else { pc + 1 };
                        continue;
                    }
                    Inst::Backref(n) => {
                        let (Some(s), Some(e)) = (slots[2 * n], slots[2 * n + 1]) else { break };
                        // An open group (start already moved past the old end) matches nothing yet.
                        let Some(len) = e.checked_sub(s) else { break };
                        if pos + len > text.len() {
                            break;
                        }
                        for i in 0..len {
                            let (a, b) = (text[pos + i], text[s + i]);
                            if a != b && !(ignore_case && fold(a) == fold(b)) {
                                break 'attempt;
                            }
                        }
                        pos += len;
                        pc += 1;
                        continue;
                    }
                    Inst::Look { behind, negated, width, next } => {
                        let from = if *behind { pos.checked_sub(*width) } else { Some(pos) };
                        let mut inner = slots.to_vec();
                        let rule = EndRule { at: behind.then_some(pos), not_empty: false };
                        let found = match from {
                            Some(from) => self.run(pc + 1, from, &mut inner, rule)?.is_some(),
                            None => false,
                        };
                        if found == *negated {
                            break;
                        }
                        if !negated {
                            // A positive lookaround's captures stay set (and are undone on backtracking).
                            for (slot, &value) in inner.iter().enumerate() {
                                if slots[slot] != value {
                                    stack.push(Backtrack::Restore(slot, slots[slot]));
                                    slots[slot] = value;
                                }
                            }
                        }
                        pc = pc.wrapping_add_signed(*next);
                        continue;
                    }
                    Inst::Match => {
                        if rule.at.is_some_and(|at| at != pos) || (rule.not_empty && pos == start) {
                            break;
                        }
                        return Ok(Some(pos));
                    }
                };
                if !ok {
                    break;
                }
                pc += 1;
                pos += 1;
            }
        }
        Ok(None)
    }
}

impl Regex {
    /// The first match starting at or after `from` (only at `from` if `anchored`), ending at the text's end if
    /// `full`, and not empty at `from` if `not_empty_at_start` (iteration after an empty match).
    pub fn search(
        &self,
        text: &[char],
        from: usize,
        anchored: bool,
        full: bool,
        not_empty_at_start: bool,
    ) -> Result<Option<Spans>, Error> {
        let mut matcher = Matcher { regex: self, text, steps: 0 };
        let last = if anchored { from.min(text.len()) } else { text.len() };
        // A failed attempt undoes all its slot writes, so one slot vector serves every start.
        let mut slots = vec![None; self.slots];
        for start in from..=last {
            let rule = EndRule { at: full.then_some(text.len()), not_empty: not_empty_at_start && start == from };
            if let Some(end) = matcher.run(0, start, &mut slots, rule)? {
                let mut spans = vec![Some(start..end)];
                for g in 1..=self.groups {
                    spans.push(match (slots[2 * g], slots[2 * g + 1]) {
                        (Some(s), Some(e)) => Some(s..e),
                        _ => None,
                    });
                }
                return Ok(Some(spans));
            }
        }
        Ok(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn find(pattern: &str, text: &str) -> Result<Option<Spans>, Error> {
        let text: Vec<char> = text.chars().collect();
        compile(pattern, 0)?.search(&text, 0, false, false, false)
    }

    #[test]
    fn exponential_backtracking_stops_with_an_error() {
        let text = "a".repeat(40);
        assert!(matches!(find("(a|a)*b", &text), Err(Error::TooComplex)));
    }

    #[test]
    fn long_subjects_do_not_overflow() {
        let text = "ab".repeat(200_000);
        assert_eq!(find("(?:ab)*$", &text).ok().flatten().and_then(|s| s[0].clone()), Some(0..400_000));
    }

    #[test]
    fn unsupported_syntax_is_a_clear_error() {
        for pattern in ["(?>a)", "(?(1)a|b)", "(?i:a)", "(?x)a", "a{99999}", &"(".repeat(200)] {
            let message = match compile(pattern, 0) {
                Err(Error::Syntax(m)) => m,
                _ => panic!("{pattern} compiled"),
            };
            assert!(message.contains("position") || message.contains("too large"), "{message}");
        }
    }
}
