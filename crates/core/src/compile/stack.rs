//! Maximum value-stack depth: a pass over the finished instructions that follows every path (fall-through,
//! jumps, exception handlers) and records the deepest stack it can reach.

use crate::bytecode::Instr;

/// Where control can go after an instruction: (target, stack effect along that edge).
fn edges(i: &Instr, pc: usize) -> (Option<i64>, Option<(usize, i64)>) {
    use Instr::*;
    let next = |e: i64| (Some(e), None);
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
        | WithExceptStart => next(0),
        Pop | StoreFast(_) | StoreGlobal(_) | StoreName(_) | StoreDeref(_) | DeleteAttr(_) | LoadSubscr
        | BinaryOp(_) | InplaceOp(_) | Compare(_) | ListAppend(_) | SetAdd(_) | ListExtend(_) | SetUpdate(_)
        | DictUpdate(_) | DictMerge(_) | WithNormalExit | YieldFrom | ImportStar | PrintExpr => next(-1),
        Copy(_) | LoadConst(_) | LoadFast(_) | LoadGlobal(_) | LoadName(_) | LoadDeref(_) | LoadClassDeref(_)
        | LoadClosure(_) | LoadBuildClass | LoadAssertionError | BeforeWith | GetAnext | BeforeAsyncWith
        | ImportFrom(_) => next(1),
        StoreAttr(_) | DeleteSubscr | MapAdd(_) | WithExceptFinish | EndAsyncFor => next(-2),
        StoreSubscr => next(-3),
        Jump(t) => (None, Some((t as usize, 0))),
        PopJumpIfFalse(t) | PopJumpIfTrue(t) => (Some(-1), Some((t as usize, -1))),
        JumpIfFalseOrPop(t) | JumpIfTrueOrPop(t) => (Some(-1), Some((t as usize, 0))),
        ForIter(t) => (Some(1), Some((t as usize, -1))),
        SetupExcept(t) => (Some(0), Some((t as usize, 1))),
        BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildSlice(n) | BuildString(n) => next(1 - n as i64),
        BuildMap(n) => next(1 - 2 * n as i64),
        FormatValue { has_spec, .. } => next(-(has_spec as i64)),
        UnpackSequence(n) => next(n as i64 - 1),
        UnpackEx { before, after } => next((before + after) as i64),
        MakeFunction { flags, .. } => next(1 - flags.count_ones() as i64),
        CallFunction(n) => next(-(n as i64)),
        CallFunctionKw { argc, .. } | CallMethod { argc, .. } | CallMethodKw { argc, .. } => next(-(argc as i64)),
        CallFunctionEx { has_kwargs } => next(-1 - has_kwargs as i64),
        ReturnValue | Raise(_) | Reraise => {
            let _ = pc;
            (None, None)
        }
    }
}

/// An upper bound of the stack depth reached by `code`.
pub fn max_stack(code: &[Instr]) -> u32 {
    let n = code.len();
    let mut seen: Vec<i64> = vec![-1; n];
    let mut work: Vec<(usize, i64)> = vec![(0, 0)];
    let mut max: i64 = 0;
    while let Some((pc, depth)) = work.pop() {
        if pc >= n || seen[pc] >= depth {
            continue;
        }
        seen[pc] = depth;
        max = max.max(depth);
        let (fall, jump) = edges(&code[pc], pc);
        if let Some(e) = fall {
            let d = (depth + e).max(0);
            max = max.max(d);
            work.push((pc + 1, d));
        }
        if let Some((t, e)) = jump {
            let d = (depth + e).max(0);
            max = max.max(d);
            work.push((t, d));
        }
    }
    max as u32
}

/// Check the stack discipline of `code`: every instruction is reached with one depth only, the depth never
/// goes negative, and `ReturnValue` runs with exactly the return value on the stack. Returns the problems found
/// (used by the tests on every compiled code object).
pub fn verify(code: &[Instr]) -> Vec<String> {
    let n = code.len();
    let mut seen: Vec<Option<i64>> = vec![None; n];
    let mut work: Vec<(usize, i64)> = vec![(0, 0)];
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
        let (fall, jump) = edges(&code[pc], pc);
        for (to, e) in fall.map(|e| (pc + 1, e)).into_iter().chain(jump) {
            if depth + e < 0 {
                problems.push(format!("negative depth after {pc}"));
            } else {
                work.push((to, depth + e));
            }
        }
    }
    problems
}
