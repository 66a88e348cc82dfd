//! The regular-expression engine behind `re`: a parser for Python's pattern syntax (the subset CircuitPython
//! documents plus lookaround, backreferences, `\A`/`\Z` and leading inline flags), a compiler to a small
//! instruction list, and a backtracking matcher on characters. Backtracking uses an explicit stack and a step
//! budget, so a pathological pattern fails with an error instead of overflowing the native stack or hanging.

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

#[derive(Clone)]
struct Class {
    negated: bool,
    items: Vec<ClassItem>,
}

#[derive(Clone)]
enum Node {
    Char(char),
    /// `.`: every character but `\n` (every character with DOTALL).
    Any,
    Class(Class),
    Anchor(Anchor),
    /// A group; `Some(n)` captures as group `n`.
    Group(Box<Node>, Option<usize>),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat {
        node: Box<Node>,
        min: u32,
        max: Option<u32>,
        greedy: bool,
    },
    Backref(usize),
    Look {
        node: Box<Node>,
        behind: bool,
        negated: bool,
    },
}

enum Inst {
    Char(char),
    Any,
    Class(Class),
    Anchor(Anchor),
    /// Try the first target, backtrack to the second.
    Split(usize, usize),
    Jump(usize),
    /// Record the position in a slot (capture bounds and loop marks).
    Save(usize),
    /// Leave a `*` loop whose last iteration consumed nothing (it would repeat forever): go to the target.
    ExitIfNoProgress(usize, usize),
    Backref(usize),
    /// A lookaround whose body follows and ends with `Match`; execution continues at `next`.
    Look {
        behind: bool,
        negated: bool,
        width: usize,
        next: usize,
    },
    Match,
}

pub struct Regex {
    program: Vec<Inst>,
    /// Capture slots (two per group, group 0 included) followed by loop marks.
    slots: usize,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    pub flags: i64,
}

/// Capture spans in character indices: the whole match, then each group.
pub type Spans = Vec<Option<Range<usize>>>;

// ---- parsing ----

struct Parser {
    chars: Vec<char>,
    at: usize,
    flags: i64,
    groups: usize,
    names: Vec<(String, usize)>,
    depth: usize,
}

impl Parser {
    fn error<T>(&self, msg: impl std::fmt::Display) -> Result<T, Error> {
        Err(Error::Syntax(format!("{msg} at position {}", self.at)))
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        let found = self.peek() == Some(c);
        self.at += found as usize;
        found
    }

    fn eat_str(&mut self, s: &str) -> bool {
        let found = s.chars().enumerate().all(|(i, c)| self.chars.get(self.at + i) == Some(&c));
        if found {
            self.at += s.chars().count();
        }
        found
    }

    fn alternation(&mut self) -> Result<Node, Error> {
        let mut branches = vec![self.sequence()?];
        while self.eat('|') {
            branches.push(self.sequence()?);
        }
        Ok(if branches.len() == 1 { branches.pop().unwrap_or(Node::Concat(Vec::new())) } else { Node::Alt(branches) })
    }

    fn sequence(&mut self) -> Result<Node, Error> {
        let mut items = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' || c == ')' {
                break;
            }
            let atom = self.atom()?;
            items.push(self.quantified(atom)?);
        }
        Ok(Node::Concat(items))
    }

    /// An integer of a `{m,n}` quantifier, if digits follow.
    fn number(&mut self) -> Option<u32> {
        let start = self.at;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.at += 1;
        }
        let digits: String = self.chars[start..self.at].iter().collect();
        digits.parse().ok()
    }

    /// `{m}`, `{m,}`, `{,n}`, `{m,n}` after the `{`; `None` (and no input consumed) if the brace is a literal.
    fn braces(&mut self) -> Result<Option<(u32, Option<u32>)>, Error> {
        let start = self.at;
        let min = self.number();
        let bounds = if self.eat(',') {
            let max = self.number();
            self.eat('}').then_some((min.unwrap_or(0), max))
        } else {
            min.filter(|_| self.eat('}')).map(|m| (m, Some(m)))
        };
        match bounds {
            Some((min, Some(max))) if max < min => self.error("min repeat greater than max repeat"),
            Some(b) => Ok(Some(b)),
            None => {
                self.at = start;
                Ok(None)
            }
        }
    }

    fn quantified(&mut self, atom: Node) -> Result<Node, Error> {
        let start = self.at;
        let (min, max) = match self.peek() {
            Some('*') => (0, None),
            Some('+') => (1, None),
            Some('?') => (0, Some(1)),
            Some('{') => {
                self.at += 1;
                match self.braces()? {
                    Some(bounds) => bounds,
                    None => {
                        self.at -= 1;
                        return Ok(atom);
                    }
                }
            }
            _ => return Ok(atom),
        };
        if self.chars[start] != '{' {
            self.at += 1;
        }
        if matches!(atom, Node::Anchor(_)) || matches!(&atom, Node::Concat(v) if v.is_empty()) {
            self.at = start;
            return self.error("nothing to repeat");
        }
        let greedy = !self.eat('?');
        if matches!(self.peek(), Some('*' | '+' | '?')) || (self.peek() == Some('{') && self.repeat_follows()) {
            return self.error("multiple repeat");
        }
        Ok(Node::Repeat { node: Box::new(atom), min, max, greedy })
    }

    fn repeat_follows(&mut self) -> bool {
        let start = self.at;
        self.at += 1;
        let found = matches!(self.braces(), Ok(Some(_)));
        self.at = start;
        found
    }

    fn atom(&mut self) -> Result<Node, Error> {
        let c = self.peek().unwrap_or('\0');
        if matches!(c, '*' | '+' | '?') || (c == '{' && self.repeat_follows()) {
            return self.error("nothing to repeat");
        }
        self.at += 1;
        Ok(match c {
            '.' => Node::Any,
            '^' => Node::Anchor(if self.flags & MULTILINE != 0 { Anchor::LineStart } else { Anchor::TextStart }),
            '$' => Node::Anchor(if self.flags & MULTILINE != 0 { Anchor::LineEnd } else { Anchor::EndOrFinalNewline }),
            '[' => Node::Class(self.class()?),
            '(' => self.group()?,
            '\\' => self.escape()?,
            c => Node::Char(c),
        })
    }

    fn group(&mut self) -> Result<Node, Error> {
        let open = self.at - 1;
        if self.depth >= NESTING_LIMIT {
            return self.error("too many nested groups");
        }
        let mut capture = None;
        let mut look = None;
        if self.eat_str("?:") {
        } else if self.eat_str("?P<") || (self.peek_str("?<") && !self.peek_str("?<=") && !self.peek_str("?<!")) {
            self.eat_str("?<");
            let name = self.take_until('>')?;
            if !circuitpython_parser::is_identifier(&name) {
                return self.error(format!("bad character in group name '{name}'"));
            }
            if self.names.iter().any(|(n, _)| *n == name) {
                return self.error(format!("redefinition of group name '{name}'"));
            }
            self.groups += 1;
            self.names.push((name, self.groups));
            capture = Some(self.groups);
        } else if self.eat_str("?P=") {
            let name = self.take_until(')')?;
            return match self.names.iter().find(|(n, _)| *n == name) {
                Some((_, n)) => Ok(Node::Backref(*n)),
                None => self.error(format!("unknown group name '{name}'")),
            };
        } else if self.eat_str("?#") {
            self.take_until(')')?;
            return Ok(Node::Concat(Vec::new()));
        } else if let Some((behind, negated)) =
            [("?=", false, false), ("?!", false, true), ("?<=", true, false), ("?<!", true, true)]
                .into_iter()
                .find(|(s, _, _)| self.eat_str(s))
                .map(|(_, b, n)| (b, n))
        {
            look = Some((behind, negated));
        } else if self.eat('?') {
            return self.error(format!("unsupported group syntax (?{}", self.peek().unwrap_or(' ')));
        } else {
            self.groups += 1;
            capture = Some(self.groups);
        }
        self.depth += 1;
        let body = self.alternation()?;
        self.depth -= 1;
        if !self.eat(')') {
            self.at = open;
            return self.error("missing ), unterminated subpattern");
        }
        Ok(match look {
            Some((behind, negated)) => {
                if behind && width(&body).is_none() {
                    self.at = open;
                    return self.error("look-behind requires fixed-width pattern");
                }
                Node::Look { node: Box::new(body), behind, negated }
            }
            None => Node::Group(Box::new(body), capture),
        })
    }

    fn peek_str(&self, s: &str) -> bool {
        s.chars().enumerate().all(|(i, c)| self.chars.get(self.at + i) == Some(&c))
    }

    fn take_until(&mut self, end: char) -> Result<String, Error> {
        let start = self.at;
        while let Some(c) = self.peek() {
            self.at += 1;
            if c == end {
                return Ok(self.chars[start..self.at - 1].iter().collect());
            }
        }
        self.error(format!("missing {end}"))
    }

    /// An escape after `\`: a character, a class, an anchor or (outside classes) a backreference.
    fn escape(&mut self) -> Result<Node, Error> {
        let anchor = match self.peek() {
            Some('A') => Some(Anchor::TextStart),
            Some('Z') => Some(Anchor::TextEnd),
            Some('b') => Some(Anchor::WordBoundary),
            Some('B') => Some(Anchor::NotWordBoundary),
            _ => None,
        };
        if let Some(anchor) = anchor {
            self.at += 1;
            return Ok(Node::Anchor(anchor));
        }
        if self.peek().is_some_and(|c| ('1'..='9').contains(&c)) {
            let start = self.at;
            self.at += 1 + self.chars.get(start + 1).is_some_and(|c| c.is_ascii_digit()) as usize;
            let n: usize = self.chars[start..self.at].iter().collect::<String>().parse().unwrap_or(0);
            if n > self.groups {
                self.at = start - 1;
                return self.error(format!("invalid group reference {n}"));
            }
            return Ok(Node::Backref(n));
        }
        Ok(match self.class_escape()? {
            ClassItem::Range(c, _) => Node::Char(c),
            item => Node::Class(Class { negated: false, items: vec![item] }),
        })
    }

    /// An escape valid in and out of classes: a character (as a one-character range) or `\d \s \w` and negations.
    fn class_escape(&mut self) -> Result<ClassItem, Error> {
        let Some(c) = self.peek() else { return self.error("bad escape (end of pattern)") };
        self.at += 1;
        let hex = |p: &mut Self, digits: usize| -> Result<ClassItem, Error> {
            let text: String = p.chars.iter().skip(p.at).take(digits).collect();
            match u32::from_str_radix(&text, 16).ok().filter(|_| text.len() == digits).and_then(char::from_u32) {
                Some(c) => {
                    p.at += digits;
                    Ok(ClassItem::Range(c, c))
                }
                None => p.error(format!("incomplete escape \\{c}{text}")),
            }
        };
        let ch = match c {
            'd' | 'D' => return Ok(ClassItem::Digit(c == 'd')),
            's' | 'S' => return Ok(ClassItem::Space(c == 's')),
            'w' | 'W' => return Ok(ClassItem::Word(c == 'w')),
            'x' => return hex(self, 2),
            'u' => return hex(self, 4),
            'U' => return hex(self, 8),
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            'f' => '\x0c',
            'v' => '\x0b',
            'a' => '\x07',
            '0' => '\0',
            c if c.is_ascii_alphanumeric() => {
                self.at -= 1;
                return self.error(format!("bad escape \\{c}"));
            }
            c => c,
        };
        Ok(ClassItem::Range(ch, ch))
    }

    fn class(&mut self) -> Result<Class, Error> {
        let open = self.at - 1;
        let negated = self.eat('^');
        let mut items = Vec::new();
        let mut first = true;
        loop {
            let Some(c) = self.peek() else {
                self.at = open;
                return self.error("unterminated character set");
            };
            if c == ']' && !first {
                self.at += 1;
                return Ok(Class { negated, items });
            }
            first = false;
            let item = self.class_atom()?;
            if self.peek() == Some('-') && self.chars.get(self.at + 1).is_some_and(|c| *c != ']') {
                self.at += 1;
                let end = self.class_atom()?;
                match (item, end) {
                    (ClassItem::Range(lo, _), ClassItem::Range(hi, _)) if lo <= hi => {
                        items.push(ClassItem::Range(lo, hi))
                    }
                    _ => return self.error("bad character range"),
                }
            } else {
                items.push(item);
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

/// The fixed number of characters a node matches, if it has one (look-behind needs it).
fn width(node: &Node) -> Option<usize> {
    match node {
        Node::Char(_) | Node::Any | Node::Class(_) => Some(1),
        Node::Anchor(_) | Node::Look { .. } => Some(0),
        Node::Group(n, _) => width(n),
        Node::Concat(items) => items.iter().map(width).sum(),
        Node::Alt(branches) => {
            let first = width(&branches[0])?;
            branches.iter().all(|b| width(b) == Some(first)).then_some(first)
        }
        Node::Repeat { node, min, max, .. } => (Some(*min) == *max).then(|| width(node).map(|w| w * *min as usize))?,
        Node::Backref(_) => None,
    }
}

/// Whether a node can match without consuming a character (such loops need a progress check).
fn can_be_empty(node: &Node) -> bool {
    match node {
        Node::Char(_) | Node::Any | Node::Class(_) => false,
        Node::Anchor(_) | Node::Look { .. } | Node::Backref(_) => true,
        Node::Group(n, _) => can_be_empty(n),
        Node::Concat(items) => items.iter().all(can_be_empty),
        Node::Alt(branches) => branches.iter().any(can_be_empty),
        Node::Repeat { node, min, .. } => *min == 0 || can_be_empty(node),
    }
}

// ---- compiling ----

struct Compiler {
    program: Vec<Inst>,
    /// Slots used so far (captures first, then loop marks).
    slots: usize,
    flags: i64,
}

impl Compiler {
    fn emit(&mut self, inst: Inst) -> Result<usize, Error> {
        if self.program.len() >= PROGRAM_LIMIT {
            return Err(Error::Syntax("pattern too large".into()));
        }
        self.program.push(inst);
        Ok(self.program.len() - 1)
    }

    fn patch(&mut self, at: usize, target: usize) {
        match &mut self.program[at] {
            Inst::Split(_, b) => *b = target,
            Inst::Jump(t) | Inst::ExitIfNoProgress(_, t) | Inst::Look { next: t, .. } => *t = target,
            _ => {}
        }
    }

    /// A split preferring to continue (greedy) or to skip to the target patched in later (lazy).
    fn split(&mut self, greedy: bool) -> Result<usize, Error> {
        let here = self.program.len();
        self.emit(if greedy { Inst::Split(here + 1, 0) } else { Inst::Split(0, here + 1) })
    }

    fn patch_split(&mut self, at: usize, target: usize, greedy: bool) {
        if let Inst::Split(a, b) = &mut self.program[at] {
            if greedy {
                *b = target;
            } else {
                *a = target;
            }
        }
    }

    fn node(&mut self, node: &Node) -> Result<(), Error> {
        match node {
            Node::Char(c) => {
                let c = if self.flags & IGNORECASE != 0 { fold(*c) } else { *c };
                self.emit(Inst::Char(c))?;
            }
            Node::Any => {
                self.emit(Inst::Any)?;
            }
            Node::Class(c) => {
                self.emit(Inst::Class(c.clone()))?;
            }
            Node::Anchor(a) => {
                self.emit(Inst::Anchor(*a))?;
            }
            Node::Backref(n) => {
                self.emit(Inst::Backref(*n))?;
            }
            Node::Group(body, capture) => {
                if let Some(n) = capture {
                    self.emit(Inst::Save(2 * n))?;
                }
                self.node(body)?;
                if let Some(n) = capture {
                    self.emit(Inst::Save(2 * n + 1))?;
                }
            }
            Node::Concat(items) => items.iter().try_for_each(|n| self.node(n))?,
            Node::Alt(branches) => {
                let mut jumps = Vec::new();
                for (i, branch) in branches.iter().enumerate() {
                    let split = if i + 1 < branches.len() { Some(self.split(true)?) } else { None };
                    self.node(branch)?;
                    if let Some(split) = split {
                        jumps.push(self.emit(Inst::Jump(0))?);
                        let next = self.program.len();
                        self.patch(split, next);
                    }
                }
                let end = self.program.len();
                jumps.into_iter().for_each(|j| self.patch(j, end));
            }
            Node::Repeat { node, min, max, greedy } => self.repeat(node, *min, *max, *greedy)?,
            Node::Look { node, behind, negated } => {
                let at = self.emit(Inst::Look {
                    behind: *behind,
                    negated: *negated,
                    width: width(node).unwrap_or(0),
                    next: 0,
                })?;
                self.node(node)?;
                self.emit(Inst::Match)?;
                let next = self.program.len();
                self.patch(at, next);
            }
        }
        Ok(())
    }

    fn repeat(&mut self, node: &Node, min: u32, max: Option<u32>, greedy: bool) -> Result<(), Error> {
        for _ in 0..min {
            self.node(node)?;
        }
        match max {
            None => {
                // loop: split(body, exit); body; jump loop — with a progress check if the body can be empty.
                let mark = can_be_empty(node).then(|| {
                    self.slots += 1;
                    self.slots - 1
                });
                let split = self.split(greedy)?;
                if let Some(m) = mark {
                    self.emit(Inst::Save(m))?;
                }
                self.node(node)?;
                let check = mark.map(|m| self.emit(Inst::ExitIfNoProgress(m, 0))).transpose()?;
                self.emit(Inst::Jump(split))?;
                let exit = self.program.len();
                self.patch_split(split, exit, greedy);
                if let Some(c) = check {
                    self.patch(c, exit);
                }
            }
            Some(max) => {
                let mut splits = Vec::new();
                for _ in min..max {
                    splits.push(self.split(greedy)?);
                    self.node(node)?;
                }
                let exit = self.program.len();
                splits.into_iter().for_each(|s| self.patch_split(s, exit, greedy));
            }
        }
        Ok(())
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

impl Class {
    fn matches(&self, c: char, ignore_case: bool) -> bool {
        let has = |c: char| self.items.iter().any(|i| i.contains(c));
        let found = has(c) || (ignore_case && (has(fold(c)) || has(c.to_ascii_uppercase())));
        found != self.negated
    }
}

pub fn compile(pattern: &str, flags: i64) -> Result<Regex, Error> {
    let mut parser = Parser { chars: pattern.chars().collect(), at: 0, flags, groups: 0, names: Vec::new(), depth: 0 };
    // Inline flags, as CPython, only at the very start: `(?ims)`.
    if parser.peek_str("(?") {
        let letters: String = parser.chars[2..].iter().take_while(|c| c.is_ascii_alphabetic()).collect();
        if !letters.is_empty() && parser.chars.get(2 + letters.len()) == Some(&')') {
            for f in letters.chars() {
                parser.flags |= match f {
                    'i' => IGNORECASE,
                    'm' => MULTILINE,
                    's' => DOTALL,
                    'a' | 'u' | 'L' => 0,
                    _ => return parser.error(format!("unsupported inline flag '{f}'")),
                };
            }
            parser.at = 3 + letters.len();
        }
    }
    let root = parser.alternation()?;
    if parser.peek() == Some(')') {
        return parser.error("unbalanced parenthesis");
    }
    let flags = parser.flags;
    let mut compiler = Compiler { program: Vec::new(), slots: 2 * (parser.groups + 1), flags };
    compiler.node(&root)?;
    compiler.emit(Inst::Match)?;
    Ok(Regex { program: compiler.program, slots: compiler.slots, groups: parser.groups, names: parser.names, flags })
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
            loop {
                self.steps += 1;
                if self.steps > STEP_BUDGET || stack.len() > STACK_LIMIT {
                    return Err(Error::TooComplex);
                }
                let next = text.get(pos).copied();
                let ok = match &self.regex.program[pc] {
                    Inst::Char(c) => next.is_some_and(|n| n == *c || (ignore_case && fold(n) == *c)),
                    Inst::Any => next.is_some_and(|n| dotall || n != '\n'),
                    Inst::Class(class) => next.is_some_and(|n| class.matches(n, ignore_case)),
                    Inst::Anchor(a) => {
                        if !self.at_anchor(*a, pos) {
                            break;
                        }
                        pc += 1;
                        continue;
                    }
                    Inst::Split(a, b) => {
                        stack.push(Backtrack::Try(*b, pos));
                        pc = *a;
                        continue;
                    }
                    Inst::Jump(t) => {
                        pc = *t;
                        continue;
                    }
                    Inst::Save(slot) => {
                        stack.push(Backtrack::Restore(*slot, slots[*slot]));
                        slots[*slot] = Some(pos);
                        pc += 1;
                        continue;
                    }
                    Inst::ExitIfNoProgress(mark, exit) => {
                        pc = if slots[*mark] == Some(pos) { *exit } else { pc + 1 };
                        continue;
                    }
                    Inst::Backref(n) => {
                        let (Some(s), Some(e)) = (slots[2 * n], slots[2 * n + 1]) else { break };
                        // An open group (start already moved past the old end) matches nothing yet.
                        let Some(len) = e.checked_sub(s) else { break };
                        let same = text.get(pos..pos + len).is_some_and(|t| {
                            t.iter().zip(&text[s..e]).all(|(a, b)| a == b || (ignore_case && fold(*a) == fold(*b)))
                        });
                        if !same {
                            break;
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
                            for (slot, value) in inner.into_iter().enumerate() {
                                if slots[slot] != value {
                                    stack.push(Backtrack::Restore(slot, slots[slot]));
                                    slots[slot] = value;
                                }
                            }
                        }
                        pc = *next;
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
                spans.extend((1..=self.groups).map(|g| match (slots[2 * g], slots[2 * g + 1]) {
                    (Some(s), Some(e)) => Some(s..e),
                    _ => None,
                }));
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
