//! A disassembler: one line per instruction with its index, source line and resolved operands, followed by the
//! nested code objects. Used by the tests and handy when debugging the VM.

use crate::bytecode::{CodeObject, Const, Instr};
use std::fmt::{self, Write};

fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::True => "True".into(),
        Const::False => "False".into(),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Int(i) => i.to_string(),
        Const::BigInt(s) => s.clone(),
        Const::Float(f) => format!("{f:?}"),
        Const::Str(s) => format!("{s:?}"),
        Const::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Const::Code(code) => format!("<code {}>", code.qualname),
    }
}

/// One instruction with its operands resolved against `code`.
pub fn instr_text(code: &CodeObject, i: &Instr) -> String {
    let name = |n: &u32| code.names.get(*n as usize).cloned().unwrap_or_else(|| format!("?{n}"));
    let konst = |n: &u32| code.consts.get(*n as usize).map(const_repr).unwrap_or_else(|| format!("?{n}"));
    let var = |n: &u32| code.varnames.get(*n as usize).cloned().unwrap_or_else(|| format!("?{n}"));
    let cell = |n: &u32| {
        let n = *n as usize;
        code.cellvars.iter().chain(code.freevars.iter()).nth(n).cloned().unwrap_or_else(|| format!("?{n}"))
    };
    match i {
        Instr::LoadConst(n) => format!("LoadConst {}", konst(n)),
        Instr::LoadFast(n) => format!("LoadFast {}", var(n)),
        Instr::StoreFast(n) => format!("StoreFast {}", var(n)),
        Instr::DeleteFast(n) => format!("DeleteFast {}", var(n)),
        Instr::LoadGlobal(n) => format!("LoadGlobal {}", name(n)),
        Instr::StoreGlobal(n) => format!("StoreGlobal {}", name(n)),
        Instr::DeleteGlobal(n) => format!("DeleteGlobal {}", name(n)),
        Instr::LoadName(n) => format!("LoadName {}", name(n)),
        Instr::StoreName(n) => format!("StoreName {}", name(n)),
        Instr::DeleteName(n) => format!("DeleteName {}", name(n)),
        Instr::LoadAttr(n) => format!("LoadAttr {}", name(n)),
        Instr::StoreAttr(n) => format!("StoreAttr {}", name(n)),
        Instr::DeleteAttr(n) => format!("DeleteAttr {}", name(n)),
        Instr::ImportFrom(n) => format!("ImportFrom {}", name(n)),
        Instr::ImportName { name: n, level } => format!("ImportName {} level={level}", name(n)),
        Instr::LoadDeref(n) => format!("LoadDeref {}", cell(n)),
        Instr::StoreDeref(n) => format!("StoreDeref {}", cell(n)),
        Instr::DeleteDeref(n) => format!("DeleteDeref {}", cell(n)),
        Instr::LoadClassDeref(n) => format!("LoadClassDeref {}", cell(n)),
        Instr::LoadClosure(n) => format!("LoadClosure {}", cell(n)),
        Instr::MakeFunction { code: c, flags } => {
            format!("MakeFunction {} flags={flags}", konst(c))
        }
        Instr::CallFunctionKw { argc, kwnames } => {
            format!("CallFunctionKw {argc} {}", konst(kwnames))
        }
        Instr::CallMethod { name: n, argc } => format!("CallMethod {} {argc}", name(n)),
        Instr::CallMethodKw { name: n, argc, kwnames } => {
            format!("CallMethodKw {} {argc} {}", name(n), konst(kwnames))
        }
        other => {
            let s = format!("{other:?}");
            match (s.find('('), s.find('{')) {
                (Some(p), brace) if s.ends_with(')') && brace.is_none_or(|b| b > p) => {
                    format!("{} {}", &s[..p], &s[p + 1..s.len() - 1])
                }
                _ => s,
            }
        }
    }
}

/// The instructions of `code` only (no header, no nested code), one per line: `index line text`.
pub fn instructions(code: &CodeObject) -> String {
    let mut out = String::new();
    for (idx, i) in code.code.iter().enumerate() {
        let line = code.lines.get(idx).copied().unwrap_or(0);
        let _ = writeln!(out, "{idx:4} {line:4} {}", instr_text(code, i));
    }
    out
}

/// A full listing of `code` and, after it, of every code object in its constants.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "code {} ({}) line {} args={} posonly={} kwonly={} stack={} flags={:?}",
        code.qualname,
        code.name,
        code.first_line,
        code.argcount,
        code.posonlyargcount,
        code.kwonlyargcount,
        code.max_stack,
        code.flags
    );
    let _ = writeln!(out, "  varnames={:?} cellvars={:?} freevars={:?}", code.varnames, code.cellvars, code.freevars);
    out.push_str(&instructions(code));
    for c in &code.consts {
        if let Const::Code(inner) = c {
            out.push('\n');
            out.push_str(&disassemble(inner));
        }
    }
    out
}

impl fmt::Display for CodeObject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&disassemble(self))
    }
}
