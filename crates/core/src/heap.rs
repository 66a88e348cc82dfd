//! The garbage-collected heap: a slot table of objects addressed by `ObjRef`, byte accounting against the
//! board's heap limit, and a mark-sweep collector that handles cycles.
//!
//! Collection happens only when the VM asks for it, at safepoints (between instructions of the outermost run
//! loop, and in `gc.collect()`), when every live value is reachable from the roots the VM passes in. Native
//! code therefore never has to root its temporaries. Allocation itself never collects; it only counts bytes,
//! and the VM checks the count at its next safepoint.

use crate::objects::dict::{DictStore, Probe};
use crate::objects::function::{BoundMethod, Function, NativeFunction};
use crate::objects::generator::Generator;
use crate::objects::instance::Instance;
use crate::objects::iter::IterState;
use crate::objects::module::Module;
use crate::objects::str::PyStr;
use crate::objects::typeobj::Type;
use crate::value::{ObjRef, Value};
use crate::vm::code::Code;
use circuitpython_bigint::BigInt;
use std::rc::Rc;

/// Every kind of heap object. Instances of Python classes (and of native classes such as `digitalio`'s) are
/// `Instance`; the others are the builtin types' own representations.
pub enum Obj {
    Free,
    Str(PyStr),
    Bytes(Vec<u8>),
    ByteArray(Vec<u8>),
    BigInt(BigInt),
    Tuple(Vec<Value>),
    List(Vec<Value>),
    Dict(DictStore),
    /// `set` and `frozenset` (values unused).
    Set {
        store: DictStore,
        frozen: bool,
    },
    Range {
        start: i64,
        stop: i64,
        step: i64,
    },
    Slice {
        start: Value,
        stop: Value,
        step: Value,
    },
    Function(Box<Function>),
    BoundMethod(BoundMethod),
    Native(NativeFunction),
    Type(Box<Type>),
    Instance(Instance),
    Module(Module),
    Cell(Option<Value>),
    Code(Rc<Code>),
    Generator(Box<Generator>),
    Iter(Box<IterState>),
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        doc: Value,
    },
    StaticMethod(Value),
    ClassMethod(Value),
    Super {
        class: ObjRef,
        obj: Value,
    },
}

impl Obj {
    /// Approximate bytes this object occupies, for the heap limit. Counts the object header (a slot) and the
    /// payload's own buffers, the way a device's heap would be consumed.
    fn size(&self) -> usize {
        const HEADER: usize = 16;
        HEADER
            + match self {
                Obj::Str(s) => s.as_str().len(),
                Obj::Bytes(b) | Obj::ByteArray(b) => b.capacity(),
                Obj::BigInt(b) => (b.bits() as usize).div_ceil(8),
                Obj::Tuple(v) | Obj::List(v) => v.capacity() * 8,
                Obj::Dict(d) | Obj::Set { store: d, .. } => d.heap_bytes() / 2,
                Obj::Function(_) => 32,
                Obj::Type(_) => 64,
                Obj::Generator(g) => g.heap_bytes(),
                Obj::Instance(i) => i.heap_bytes(),
                _ => 0,
            }
    }
}

struct Slot {
    obj: Obj,
    marked: bool,
    size: usize,
}

pub struct Heap {
    slots: Vec<Slot>,
    free: Vec<u32>,
    /// Bytes in use (objects counted at allocation and on growth, until swept).
    used: usize,
    /// The heap size of the board (`MemoryError` beyond it).
    limit: usize,
    /// Bytes in use right after the last collection: the live set.
    live_after_gc: usize,
    /// Collect when `used` passes this.
    next_gc: usize,
    pub collections: u64,
    pub enabled: bool,
    /// Size of the most recent allocation or growth, for `MemoryError`'s message (a Cell so that
    /// `reserve`, called while native code borrows the heap, can record it).
    last_request: std::cell::Cell<usize>,
    /// The size `reserve_upfront` last refused (0: none): an operation refused before it changed anything can
    /// be run again after a collection, which `live_after_gc` doesn't reflect (a big object dropped just
    /// before a big allocation, as `buf = None; buf = bytearray(n)` does).
    refused_upfront: std::cell::Cell<usize>,
    /// Set while the VM loop runs an operation straight from an instruction that it can run again (an operator,
    /// `bytes(n)`/`bytearray(n)`): the first upfront check takes it, and so does anything that could change
    /// state first (calling code, advancing an iterator), so only a check made before any such step is strict.
    upfront_armed: std::cell::Cell<bool>,
}

/// Allocating `needed` bytes would exceed the heap even if every unreachable object were freed.
#[derive(Debug, Clone, Copy)]
pub struct OutOfMemory {
    pub needed: usize,
}

impl Heap {
    pub fn new(limit: usize) -> Self {
        Heap {
            slots: Vec::new(),
            free: Vec::new(),
            used: 0,
            limit,
            live_after_gc: 0,
            next_gc: (limit / 8).max(8 * 1024),
            collections: 0,
            enabled: true,
            last_request: std::cell::Cell::new(0),
            refused_upfront: std::cell::Cell::new(0),
            upfront_armed: std::cell::Cell::new(false),
        }
    }

    pub fn limit(&self) -> usize {
        self.limit
    }

    pub fn set_limit(&mut self, limit: usize) {
        self.limit = limit;
        self.next_gc = self.next_gc.min(limit);
    }

    /// Size of the most recent allocation request.
    pub fn last_request(&self) -> usize {
        self.last_request.get()
    }

    pub fn used(&self) -> usize {
        self.used.min(self.limit)
    }

    /// Bytes counted now, garbage not yet collected included, even beyond the limit.
    pub fn counted(&self) -> usize {
        self.used
    }

    pub fn free_bytes(&self) -> usize {
        self.limit.saturating_sub(self.used)
    }

    /// True when the VM should collect at its next safepoint.
    pub fn wants_collection(&self) -> bool {
        self.enabled && self.used >= self.next_gc || self.used > self.limit
    }

    /// True when, after a collection, the heap is still over its limit (the program needs more than the board
    /// has: `MemoryError`).
    pub fn over_limit(&self) -> bool {
        self.used > self.limit
    }

    /// Check that `bytes` more would fit in the live set; for big single allocations (`[0] * 10**9`) that
    /// must fail at once rather than after the fact.
    pub fn reserve(&self, bytes: usize) -> Result<(), OutOfMemory> {
        if self.live_after_gc.saturating_add(bytes) > self.limit {
            self.last_request.set(bytes);
            Err(OutOfMemory { needed: bytes })
        } else {
            Ok(())
        }
    }

    /// `reserve` for a check made before the operation has changed anything. With `can_retry` (the VM loop
    /// armed the operation and will collect and run it again on a refusal) it counts everything allocated, garbage too, as
    /// a board's allocator sees it before its collection: `reserve`'s live set of the last collection misses
    /// what was allocated since (`keep = bytearray(100000); bytearray(120000)` passed on a 192 KB heap). A
    /// refusal is remembered for `take_refused_upfront`.
    pub fn reserve_upfront(&self, bytes: usize, can_retry: bool) -> Result<(), OutOfMemory> {
        if !can_retry {
            return self.reserve(bytes);
        }
        if self.used.saturating_add(bytes) > self.limit {
            self.last_request.set(bytes);
            self.refused_upfront.set(bytes);
            return Err(OutOfMemory { needed: bytes });
        }
        Ok(())
    }

    /// The size the last `reserve_upfront` refused since `take_refused_upfront`, or 0.
    pub fn refused_upfront(&self) -> usize {
        self.refused_upfront.get()
    }

    /// `refused_upfront`, forgetting it.
    pub fn take_refused_upfront(&self) -> usize {
        self.refused_upfront.replace(0)
    }

    /// Arm (or disarm) the strict upfront check for the operation the VM loop is about to run.
    pub fn arm_upfront(&self, armed: bool) {
        self.upfront_armed.set(armed);
    }

    /// Whether the running operation was armed and nothing has taken that since; disarms.
    pub fn take_upfront_arm(&self) -> bool {
        self.upfront_armed.replace(false)
    }

    /// Stop counting everything allocated so far: the runtime's own objects made at start-up (types,
    /// `builtins`, interned names, the board's modules), which CircuitPython keeps in flash, not in the heap
    /// the program sees. They stay allocated; if one grows later (a namespace gains names), it counts from
    /// then on.
    pub fn make_permanent(&mut self) {
        for slot in &mut self.slots {
            slot.size = 0;
        }
        self.used = 0;
        self.live_after_gc = 0;
    }

    pub fn alloc(&mut self, obj: Obj) -> ObjRef {
        let size = obj.size();
        self.used += size;
        self.last_request.set(size);
        let slot = Slot { obj, marked: false, size };
        if let Some(i) = self.free.pop() {
            self.slots[i as usize] = slot;
            ObjRef(i.into())
        } else {
            self.slots.push(slot);
            ObjRef((self.slots.len() - 1) as u64)
        }
    }

    #[inline]
    pub fn get(&self, r: ObjRef) -> &Obj {
        &self.slots[r.0 as usize].obj
    }

    #[inline]
    pub fn get_mut(&mut self, r: ObjRef) -> &mut Obj {
        &mut self.slots[r.0 as usize].obj
    }

    /// The table of a dict (or set) object; an empty table for anything else.
    #[inline]
    pub fn dict(&self, r: ObjRef) -> &DictStore {
        match self.get(r) {
            Obj::Dict(d) | Obj::Set { store: d, .. } => d,
            _ => &EMPTY_DICT,
        }
    }

    /// The table of a dict object, mutably (a scratch table for anything else).
    #[inline]
    pub fn dict_mut(&mut self, r: ObjRef) -> &mut DictStore {
        match &mut self.slots[r.0 as usize].obj {
            Obj::Dict(d) | Obj::Set { store: d, .. } => d,
            other => {
                debug_assert!(false, "dict_mut on a non-dict");
                *other = Obj::Dict(DictStore::new());
                match other {
                    Obj::Dict(d) => d,
                    _ => unreachable!(),
                }
            }
        }
    }

    /// Validate an `InstanceAttr` inline cache for loading `name` from `obj` and return the value.
    #[inline]
    pub fn cached_instance_attr(
        &self,
        obj: Value,
        classes: [u32; 3],
        epoch: u32,
        index: u32,
        name: Value,
    ) -> Option<Value> {
        let Value::Obj(r) = obj else { return None };
        let Obj::Instance(inst) = self.get(r) else { return None };
        if !classes.contains(&inst.class.index()) || epoch != crate::objects::dict::type_dict_epoch() {
            return None;
        }
        self.dict(inst.dict?).value_if_key_at(index as usize, name)
    }

    /// Validate an `InstanceAttr` inline cache for storing `name` on `obj`, and store (or add the attribute
    /// at the cached index). False, touching nothing, when the general path must decide.
    #[inline]
    pub fn store_cached_instance_attr(
        &mut self,
        obj: Value,
        classes: [u32; 3],
        epoch: u32,
        index: u32,
        name: Value,
        value: Value,
    ) -> bool {
        let Value::Obj(r) = obj else { return false };
        let Obj::Instance(inst) = self.get(r) else { return false };
        if !classes.contains(&inst.class.index()) || epoch != crate::objects::dict::type_dict_epoch() {
            return false;
        }
        let str_hash = |heap: &Heap| match name {
            Value::Obj(n) => match heap.get(n) {
                Obj::Str(s) => Some(s.hash()),
                _ => None,
            },
            _ => None,
        };
        let (d, hash) = match inst.dict {
            Some(d) => {
                if self.dict_mut(d).set_if_key_at(index as usize, name, value) {
                    return true;
                }
                let Some(hash) = str_hash(self) else { return false };
                (d, hash)
            }
            // A fresh instance's first attribute.
            None if index == 0 => {
                let Some(hash) = str_hash(self) else { return false };
                let d = self.alloc(Obj::Dict(DictStore::new()));
                if let Obj::Instance(inst) = self.get_mut(r) {
                    inst.dict = Some(d);
                }
                (d, hash)
            }
            None => return false,
        };
        // A fresh instance getting its attributes in the order this site saw before (`__init__`): the name
        // is the next entry to add, so add it there. The cache already proves that nothing on the class
        // (a data descriptor, `__setattr__`) intercepts the store.
        let dict = self.dict(d);
        if dict.next_index() != index as usize || !matches!(dict.probe(self, hash, name), Probe::Absent) {
            return false;
        }
        self.dict_mut(d).insert_new(hash, name, value);
        self.resize(d);
        true
    }

    /// Validate a `Method` inline cache: same class, no class namespace changed, and the instance dict does
    /// not shadow the method.
    #[inline]
    pub fn method_cache_valid(&self, obj: Value, class: u32, epoch: u32, name: Value) -> bool {
        let Value::Obj(r) = obj else { return false };
        let Obj::Instance(inst) = self.get(r) else { return false };
        if inst.class.index() != class || epoch != crate::objects::dict::type_dict_epoch() {
            return false;
        }
        let Some(d) = inst.dict else { return true };
        let Value::Obj(n) = name else { return false };
        let Obj::Str(s) = self.get(n) else { return false };
        matches!(self.dict(d).probe(self, s.hash(), name), crate::objects::dict::Probe::Absent)
    }

    /// Re-measure an object after it grew or shrank (list append, dict insert, string building).
    pub fn resize(&mut self, r: ObjRef) {
        let slot = &mut self.slots[r.0 as usize];
        let new = slot.obj.size();
        if new > slot.size {
            self.last_request.set(new - slot.size);
        }
        self.used = self.used + new - slot.size.min(self.used + new);
        slot.size = new;
    }

    /// Mark everything reachable from `roots` and free the rest. Returns the bytes freed.
    pub fn collect(&mut self, roots: &[Value]) -> usize {
        let mut stack: Vec<Value> = roots.to_vec();
        let mut children = Vec::new();
        while let Some(v) = stack.pop() {
            let Value::Obj(r) = v else { continue };
            let slot = &mut self.slots[r.0 as usize];
            if slot.marked {
                continue;
            }
            slot.marked = true;
            trace(&slot.obj, &mut children);
            stack.append(&mut children);
        }
        let before = self.used;
        let mut used = 0;
        for (i, slot) in self.slots.iter_mut().enumerate() {
            if slot.marked {
                slot.marked = false;
                used += slot.size;
            } else if !matches!(slot.obj, Obj::Free) {
                slot.obj = Obj::Free;
                slot.size = 0;
                self.free.push(i as u32);
            }
        }
        self.used = used;
        self.live_after_gc = used;
        self.next_gc = (used * 2).max(self.limit / 8).max(8 * 1024).min(self.limit);
        self.collections += 1;
        before.saturating_sub(used)
    }

    /// Equality decided without running Python code: `Some(answer)`, or `None` when a class's `__eq__` may
    /// be involved. Used by dict lookups and `==` fast paths.
    pub fn native_eq(&self, a: Value, b: Value) -> Option<bool> {
        use Value::*;
        match (a, b) {
            (Int(x), Int(y)) => Some(x == y),
            (Float(x), Float(y)) => Some(x.get() == y.get()),
            (Int(x), Float(y)) | (Float(y), Int(x)) => Some(int_float_eq(x, y.get())),
            (Bool(x), _) => self.native_eq(Int(x.get() as i64), b),
            (_, Bool(y)) => self.native_eq(a, Int(y.get() as i64)),
            (None, None) => Some(true),
            (None, Obj(r)) | (Obj(r), None) => match self.get(r) {
                crate::heap::Obj::Instance(_) => Option::None,
                _ => Some(false),
            },
            (Obj(x), Obj(y)) => {
                if x == y {
                    return Some(true);
                }
                match (self.get(x), self.get(y)) {
                    (Obj_::Str(s), Obj_::Str(t)) => Some(s.as_str() == t.as_str()),
                    (Obj_::Bytes(s) | Obj_::ByteArray(s), Obj_::Bytes(t) | Obj_::ByteArray(t)) => Some(s == t),
                    (Obj_::BigInt(s), Obj_::BigInt(t)) => Some(s == t),
                    (Obj_::Tuple(s), Obj_::Tuple(t)) => {
                        if s.len() != t.len() {
                            return Some(false);
                        }
                        for (p, q) in s.iter().zip(t.iter()) {
                            if !self.native_eq(*p, *q)? {
                                return Some(false);
                            }
                        }
                        Some(true)
                    }
                    (Obj_::Instance(_), _) | (_, Obj_::Instance(_)) => Option::None,
                    (Obj_::List(_), Obj_::List(_)) | (Obj_::Dict(_), Obj_::Dict(_)) => Option::None,
                    (Obj_::Set { .. }, Obj_::Set { .. }) => Option::None,
                    (Obj_::Slice { start: a0, stop: a1, step: a2 }, Obj_::Slice { start: b0, stop: b1, step: b2 }) => {
                        for (p, q) in [(*a0, *b0), (*a1, *b1), (*a2, *b2)] {
                            if !self.native_eq(p, q)? {
                                return Some(false);
                            }
                        }
                        Some(true)
                    }
                    // Dict views compare with sets and each other by their members.
                    (Obj_::Iter(_), Obj_::Set { .. } | Obj_::Iter(_)) | (Obj_::Set { .. }, Obj_::Iter(_)) => {
                        Option::None
                    }
                    (Obj_::Range { .. }, Obj_::Range { .. }) => Option::None,
                    (Obj_::BoundMethod(_), Obj_::BoundMethod(_)) => Option::None,
                    _ => Some(false),
                }
            }
            (Obj(r), Int(_) | Float(_)) | (Int(_) | Float(_), Obj(r)) => match self.get(r) {
                Obj_::BigInt(_) => Some(self.bigint_num_eq(a, b)),
                Obj_::Instance(_) => Option::None,
                _ => Some(false),
            },
            _ => Some(false),
        }
    }

    fn bigint_num_eq(&self, a: Value, b: Value) -> bool {
        let (big, other) = match (a, b) {
            (Value::Obj(r), o) | (o, Value::Obj(r)) => match self.get(r) {
                Obj::BigInt(b) => (b, o),
                _ => return false,
            },
            _ => return false,
        };
        match other {
            // Ints are normalised: a BigInt never equals a value that fits in i64.
            Value::Float(f) => crate::objects::int::bigint_from_f64(f.get()).as_ref() == Some(big),
            _ => false,
        }
    }

    pub fn len(&self) -> usize {
        self.slots.len() - self.free.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

use Obj as Obj_;

static EMPTY_DICT: DictStore = DictStore::EMPTY;

/// Exact comparison of an i64 with an f64 (no rounding through f64 for big ints).
pub fn int_float_eq(i: i64, f: f64) -> bool {
    if !f.is_finite() || f.fract() != 0.0 {
        return false;
    }
    if (-9.3e18..=9.3e18).contains(&f) {
        (f as i128) == i as i128
    } else {
        false
    }
}

/// Push every value `obj` refers to.
fn trace(obj: &Obj, out: &mut Vec<Value>) {
    match obj {
        Obj::Free | Obj::Str(_) | Obj::Bytes(_) | Obj::ByteArray(_) | Obj::BigInt(_) | Obj::Range { .. } => {}
        Obj::Tuple(v) | Obj::List(v) => out.extend_from_slice(v),
        Obj::Dict(d) | Obj::Set { store: d, .. } => d.trace(out),
        Obj::Slice { start, stop, step } => out.extend_from_slice(&[*start, *stop, *step]),
        Obj::Function(f) => f.trace(out),
        Obj::BoundMethod(m) => out.extend_from_slice(&[m.func, m.self_]),
        Obj::Native(n) => n.trace(out),
        Obj::Type(t) => t.trace(out),
        Obj::Instance(i) => i.trace(out),
        Obj::Module(m) => m.trace(out),
        Obj::Cell(c) => out.extend(c.iter().copied()),
        Obj::Code(c) => c.trace(out),
        Obj::Generator(g) => g.trace(out),
        Obj::Iter(it) => it.trace(out),
        Obj::Property { fget, fset, fdel, doc } => out.extend_from_slice(&[*fget, *fset, *fdel, *doc]),
        Obj::StaticMethod(v) | Obj::ClassMethod(v) => out.push(*v),
        Obj::Super { class, obj } => out.extend_from_slice(&[Value::Obj(*class), *obj]),
    }
}
