//! Maximum value-stack depth: a pass over the finished instructions that follows every path (fall-through,
//! jumps, exception handlers) and records the deepest stack it can reach.

use crate::bytecode::Instr;

/// `fall` of an instruction after which control never reaches the next one.
const NEVER: i32 = i32::MIN;

/// The stack effect of `i` when control goes on to the next instruction (`NEVER` when it does not).
fn fall(i: &Instr) -> i32 {
    use Instr::*;
    match *i {
        Nop
        | Swap(_)
        | DeleteFast(_)
        | DeleteGlobal(_)
        | DeleteName(_)
        | DeleteDeref(_)
        | LoadAttr(_)
        | UnaryOp(_)
        | UnaryNot
        | GetIter
        | ListToTuple
        | PopBlock
        | PopExcept
        | CheckExcMatch
        | YieldValue
        | GetYieldFromIter
        | GetAwaitable
        | GetAiter
        | AsyncWithNormalExit
        | AsyncWithExceptStart
        | ImportName { .. }
        | WithExceptStart
        | SetupExcept(_) => 0,
        Pop | StoreFast(_) | StoreGlobal(_) | StoreName(_) | StoreDeref(_) | DeleteAttr(_) | LoadSubscr
        | BinaryOp(_) | InplaceOp(_) | Compare(_) | ListAppend(_) | SetAdd(_) | ListExtend(_) | SetUpdate(_)
        | DictUpdate(_) | DictMerge(_) | WithNormalExit | YieldFrom | ImportStar | PrintExpr | PopJumpIfFalse(_)
        | PopJumpIfTrue(_) | JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => -1,
        Copy(_) | LoadConst(_) | LoadFast(_) | LoadGlobal(_) | LoadName(_) | LoadDeref(_) | LoadClassDeref(_)
        | LoadClosure(_) | LoadBuildClass | LoadAssertionError | BeforeWith | GetAnext | BeforeAsyncWith
        | ImportFrom(_) | ForIter(_) => 1,
        StoreAttr(_) | DeleteSubscr | MapAdd(_) | WithExceptFinish | EndAsyncFor => -2,
        StoreSubscr => -3,
        BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildSlice(n) | BuildString(n) => 1 - n as i32,
        BuildMap(n) => 1 - 2 * n as i32,
        FormatValue { has_spec, .. } => -(has_spec as i32),
        UnpackSequence(n) => n as i32 - 1,
        UnpackEx { before, after } => (before + after) as i32,
        MakeFunction { flags, .. } => 1 - flags.count_ones() as i32,
        CallFunction(n) => -(n as i32),
        CallFunctionKw { argc, .. } | CallMethod { argc, .. } | CallMethodKw { argc, .. } => -(argc as i32),
        CallFunctionEx { has_kwargs } => -1 - has_kwargs as i32,
        Jump(_) | ReturnValue | Raise(_) | Reraise => NEVER,
    }
}

/// The target of a jump from `i` (or of its exception handler) and the stack effect along it.
fn jump(i: &Instr) -> Option<(usize, i32)> {
    use Instr::*;
    match *i {
        Jump(t) | JumpIfFalseOrPop(t) | JumpIfTrueOrPop(t) => Some((t as usize, 0)),
        PopJumpIfFalse(t) | PopJumpIfTrue(t) | ForIter(t) => Some((t as usize, -1)),
        SetupExcept(t) => Some((t as usize, 1)),
        _ => None,
    }
}

/// An upper bound of the stack depth reached by `code`.
pub fn max_stack(code: &[Instr]) -> u32 {
    let n = code.len();
    // One more than the deepest stack each instruction was reached with (0: not reached yet).
    let mut seen = vec![0u32; n];
    let mut work: Vec<(usize, i32)> = vec![(0, 0)];
    let mut max = 0;
    while let Some((pc, depth)) = work.pop() {
        if pc >= n || seen[pc] > depth as u32 {
            continue;
        }
        seen[pc] = depth as u32 + 1;
        let mut go = |to: usize, e: i32| {
            let d = (depth + e).max(0);
            max = max.max(d);
            work.push((to, d));
        };
        let e = fall(&code[pc]);
        if e != NEVER {
            go(pc + 1, e);
        }
        if let Some((t, e)) = jump(&code[pc]) {
            go(t, e);
        }
    }
    max as u32
}

/// Check the stack discipline of `code`: every instruction is reached with one depth only, the depth never
/// goes negative, and `ReturnValue` runs with exactly the return value on the stack. Returns the problems found
/// (used by the tests on every compiled code object).
pub fn verify(code: &[Instr]) -> Vec<String> {
    let n = code.len();
    let mut seen: Vec<Option<i32>> = vec![None; n];
    let mut work: Vec<(usize, i32)> = vec![(0, 0)];
    let mut problems = Vec::new();
    while let Some((pc, depth)) = work.pop() {
        if pc >= n {
            problems.push(format!("control runs off the end at {pc}"));
            continue;
        }
        if let Some(d) = seen[pc] {
            if d != depth {
                problems.push(format!("instruction {pc} reached with depths {d} and {depth}"));
            }
            continue;
        }
        seen[pc] = Some(depth);
        if matches!(code[pc], Instr::ReturnValue) && depth != 1 {
            problems.push(format!("ReturnValue at {pc} with depth {depth}"));
        }
        let e = fall(&code[pc]);
        let next = (e != NEVER).then_some((pc + 1, e));
        for (to, e) in next.into_iter().chain(jump(&code[pc])) {
            if depth + e < 0 {
                problems.push(format!("negative depth after {pc}"));
            } else {
                work.push((to, depth + e));
            }
        }
    }
    problems
}
