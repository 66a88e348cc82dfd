//! `dict` storage and methods. `DictStore` is an insertion-ordered open-addressing hash table (the layout of
//! CPython 3.6+: a dense entry list plus a sparse index, built only once a dict outgrows `SMALL_DICT`
//! entries), used for dicts, sets, instance and module namespaces. Lookups are O(1); equality of keys that
//! need Python code (`__eq__` of a class) goes through the VM's slow path, everything else is decided here
//! from the heap alone.

use crate::heap::Heap;
use crate::value::Value;
use std::sync::atomic::{AtomicU32, Ordering};

/// Bumped whenever any class namespace changes, so caches of attribute lookups along MROs know they are
/// stale. Global (not per VM) so that a dict needs no back-pointer; other VMs only see extra invalidations.
/// One change does not bump it: replacing a plain value (a number, bool or None) by another, as a class
/// counter does (`Shape.count += 1` in `__init__`). No cache holds plain values (`is_plain`) and they
/// cannot change how other attributes resolve, so flushing every cache on each such store would be waste.
static TYPE_DICT_EPOCH: AtomicU32 = AtomicU32::new(0);

pub fn type_dict_epoch() -> u32 {
    TYPE_DICT_EPOCH.load(Ordering::Relaxed)
}

pub fn bump_type_dict_epoch() {
    TYPE_DICT_EPOCH.fetch_add(1, Ordering::Relaxed);
}

/// A value no type-epoch cache may hold (see `TYPE_DICT_EPOCH`): unboxed data, never a descriptor.
pub fn is_plain(v: Value) -> bool {
    !matches!(v, Value::Obj(_))
}

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
/// Up to this many entries a dict has no hash table (`indices` is empty) and lookups scan the entries:
/// most instance dicts and keyword-argument dicts are this small, and building their table cost more
/// than the scans it saves (as MicroPython's small maps do).
const SMALL_DICT: usize = 8;

#[derive(Debug, Clone, Copy)]
pub struct Entry {
    pub hash: u64,
    pub key: Value,
    pub value: Value,
}

#[derive(Debug, Clone, Default)]
pub struct DictStore {
    entries: Vec<Option<Entry>>,
    indices: Vec<u32>,
    len: usize,
    /// Slots of `indices` in use, live or deleted.
    filled: usize,
    /// Changes whenever a key is added or removed (not when a value is replaced): inline caches of name
    /// lookups use it to know that a name is still absent from a dict.
    keys_version: u32,
    /// This dict is a class namespace: every change bumps the global type epoch.
    is_type_dict: bool,
}

/// What a probe found without running Python code.
pub enum Probe {
    /// The entry index holding the key.
    Found(usize),
    /// The key is absent.
    Absent,
    /// Some entries with the same hash need Python-level `==` to decide; their indices.
    NeedsEq(Vec<usize>),
}

/// Whether entry `e` (at entry index `idx`) holds `key`, when that can be told without Python code; an
/// entry of the same hash that needs Python's `==` is noted in `unsure` for the VM to decide.
#[inline]
fn holds_key(heap: &Heap, e: &Entry, hash: u64, key: Value, idx: usize, unsure: &mut Vec<usize>) -> bool {
    if e.hash != hash {
        return false;
    }
    if e.key.is(key) {
        return true;
    }
    match heap.native_eq(e.key, key) {
        Some(found) => found,
        None => {
            unsure.push(idx);
            false
        }
    }
}

impl DictStore {
    /// An empty table usable in constant context.
    pub const EMPTY: DictStore =
        DictStore { entries: Vec::new(), indices: Vec::new(), len: 0, filled: 0, keys_version: 0, is_type_dict: false };

    pub fn new() -> Self {
        DictStore::default()
    }

    pub fn with_capacity(n: usize) -> Self {
        let mut d = DictStore::default();
        d.entries.reserve(n);
        if n > SMALL_DICT {
            d.indices = vec![EMPTY; (n * 3 / 2).next_power_of_two().max(8)];
        }
        d
    }

    pub fn len(&self) -> usize {
        self.len
    }

    /// The entry index the next new key will take.
    pub fn next_index(&self) -> usize {
        self.entries.len()
    }

    pub fn keys_version(&self) -> u32 {
        self.keys_version
    }

    /// A new, empty class namespace.
    pub fn new_type_dict() -> Self {
        let mut d = DictStore::new();
        d.mark_type_dict();
        d
    }

    /// Mark this dict as a class namespace (see `type_dict_epoch`).
    pub fn mark_type_dict(&mut self) {
        self.is_type_dict = true;
        bump_type_dict_epoch();
    }

    #[inline]
    fn changed(&mut self) {
        if self.is_type_dict {
            bump_type_dict_epoch();
        }
    }

    /// The value at entry `i` if that entry's key is identical to `key` (validates an inline cache).
    #[inline]
    pub fn value_if_key_at(&self, i: usize, key: Value) -> Option<Value> {
        match (self.entries.get(i), key) {
            (Some(Some(Entry { key: Value::Obj(k), value, .. })), Value::Obj(want)) if *k == want => Some(*value),
            _ => None,
        }
    }

    /// Replace the value at entry `i` if its key is identical to `key`; false if the cache was stale.
    #[inline]
    pub fn set_if_key_at(&mut self, i: usize, key: Value, value: Value) -> bool {
        match self.entries.get_mut(i) {
            Some(Some(e)) if e.key.is(key) => {
                let plain = is_plain(e.value) && is_plain(value);
                e.value = value;
                if self.is_type_dict && !plain {
                    bump_type_dict_epoch();
                }
                true
            }
            _ => false,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Bytes this table counts against the heap limit: each entry as the two 32-bit words (key, value) of a
    /// device's map slot rather than this host's wider layout, so that a dict that fits on the board fits
    /// here too; the index as its u32s.
    pub fn heap_bytes(&self) -> usize {
        self.entries.capacity() * 8 + self.indices.capacity() * 4
    }

    pub fn entry(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).and_then(|e| e.as_ref())
    }

    /// Replace the value of the live entry `i` (found by `probe`).
    pub fn replace_value(&mut self, i: usize, value: Value) {
        let Some(Some(e)) = self.entries.get_mut(i) else { return };
        let plain = is_plain(e.value) && is_plain(value);
        e.value = value;
        if !plain {
            self.changed();
        }
    }

    /// Number of entry slots, including deleted ones (for iteration by index that survives mutation checks).
    pub fn slots(&self) -> usize {
        self.entries.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    // Plain loops rather than `map().collect()`: each closure would be one more copy of the collecting code.
    pub fn keys(&self) -> Vec<Value> {
        self.column(false)
    }

    pub fn values(&self) -> Vec<Value> {
        self.column(true)
    }

    /// The keys, or the values, in order (one copy of the loop for both).
    fn column(&self, values: bool) -> Vec<Value> {
        let mut out = Vec::with_capacity(self.len());
        for e in self.iter() {
            out.push(if values { e.value } else { e.key });
        }
        out
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        let mut out = Vec::with_capacity(self.len());
        for e in self.iter() {
            out.push((e.key, e.value));
        }
        out
    }

    /// The first slot of `hash`'s probe sequence, and the perturbation state for `next_slot`.
    #[inline(always)]
    fn first_slot(&self, hash: u64) -> (usize, u64, usize) {
        let mask = self.indices.len() - 1;
        ((hash as usize) & mask, hash, mask)
    }

    /// The next slot of a probe sequence (CPython's recurrence: every slot is reached eventually).
    #[inline(always)]
    fn next_slot(slot: usize, perturb: &mut u64, mask: usize) -> usize {
        *perturb >>= 5;
        slot.wrapping_mul(5).wrapping_add(1).wrapping_add(*perturb as usize) & mask
    }

    /// Find `key` deciding equality with `eq`, which answers `Some(bool)` when it can tell without Python code.
    pub fn probe(&self, heap: &Heap, hash: u64, key: Value) -> Probe {
        let mut unsure = Vec::new();
        if self.indices.is_empty() {
            // A small dict: no hash table, a scan of its few entries.
            for (idx, e) in self.entries.iter().enumerate() {
                if let Some(e) = e {
                    if holds_key(heap, e, hash, key, idx, &mut unsure) {
                        return Probe::Found(idx);
                    }
                }
            }
        } else {
            let (mut slot, mut perturb, mask) = self.first_slot(hash);
            loop {
                let idx = self.indices[slot];
                if idx == EMPTY {
                    break;
                }
                if idx != DUMMY {
                    let e = self.entries[idx as usize].as_ref().expect("index points at a live entry");
                    if holds_key(heap, e, hash, key, idx as usize, &mut unsure) {
                        return Probe::Found(idx as usize);
                    }
                }
                slot = Self::next_slot(slot, &mut perturb, mask);
            }
        }
        if unsure.is_empty() {
            Probe::Absent
        } else {
            Probe::NeedsEq(unsure)
        }
    }

    /// Insert a key known to be absent.
    pub fn insert_new(&mut self, hash: u64, key: Value, value: Value) {
        let small = self.indices.is_empty() && self.entries.len() < SMALL_DICT;
        // Deleted slots count as filled: a table full of them would leave lookups no empty slot to stop at.
        if !small && (self.indices.is_empty() || (self.filled + 1) * 3 >= self.indices.len() * 2) {
            self.resize_for_len();
        }
        let idx = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        if !small {
            let slot = Self::free_slot(&self.indices, hash);
            if self.indices[slot] == EMPTY {
                self.filled += 1;
            }
            self.indices[slot] = idx;
        }
        self.len += 1;
        self.keys_version = self.keys_version.wrapping_add(1);
        self.changed();
    }

    /// The first empty or deleted slot of `hash`'s probe sequence in a table.
    fn free_slot(indices: &[u32], hash: u64) -> usize {
        let mask = indices.len() - 1;
        let (mut slot, mut perturb) = ((hash as usize) & mask, hash);
        while indices[slot] != EMPTY && indices[slot] != DUMMY {
            slot = Self::next_slot(slot, &mut perturb, mask);
        }
        slot
    }

    /// Remove the entry at index `i` (found by `probe`).
    pub fn remove_at(&mut self, i: usize) -> Option<Entry> {
        let e = self.entries.get_mut(i)?.take()?;
        self.keys_version = self.keys_version.wrapping_add(1);
        self.changed();
        if !self.indices.is_empty() {
            let (mut slot, mut perturb, mask) = self.first_slot(e.hash);
            while self.indices[slot] != i as u32 {
                slot = Self::next_slot(slot, &mut perturb, mask);
            }
            self.indices[slot] = DUMMY;
        }
        self.len -= 1;
        // Drop trailing holes (no index points at them) so that repeated `popitem` stays O(1).
        while matches!(self.entries.last(), Some(None)) {
            self.entries.pop();
        }
        // Shrink once mostly holes, so that a drained big table doesn't make later operations pay for its size.
        if self.len == 0 {
            self.clear();
        } else if self.entries.len() > 16 && self.len * 4 < self.entries.len() {
            self.resize_for_len();
        }
        Some(e)
    }

    /// Remove and return the last entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        let i = self.entries.iter().rposition(|e| e.is_some())?;
        self.remove_at(i)
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.indices.clear();
        self.len = 0;
        self.filled = 0;
        self.keys_version = self.keys_version.wrapping_add(1);
        self.changed();
    }

    /// Rebuild with a table sized for the live entries (growing, or dropping deleted slots).
    fn resize_for_len(&mut self) {
        let want = ((self.len + 1) * 3).next_power_of_two().max(8);
        self.rebuild(want);
    }

    /// Drop deleted entries in place and index the live ones afresh in a table of `size` slots (a power of
    /// two). Done in place: growing a small dict (every new instance's attributes) must not allocate twice.
    fn rebuild(&mut self, size: usize) {
        self.entries.retain(Option::is_some);
        self.indices.clear();
        self.indices.resize(size, EMPTY);
        for (idx, e) in self.entries.iter().enumerate() {
            let slot = Self::free_slot(&self.indices, e.as_ref().map_or(0, |e| e.hash));
            self.indices[slot] = idx as u32;
        }
        self.len = self.entries.len();
        self.filled = self.len;
        // Entries moved: inline caches holding entry indices must re-validate.
        self.keys_version = self.keys_version.wrapping_add(1);
        self.changed();
    }

    /// Every value (keys and values) held, for the collector.
    pub fn trace(&self, out: &mut Vec<Value>) {
        for e in self.iter() {
            out.push(e.key);
            out.push(e.value);
        }
    }
}

// ---- `dict` methods and the views (`keys()`, `values()`, `items()`) ----

use crate::builtins::check_args;
use crate::heap::Obj;
use crate::objects::function::{Kwargs, NativeKind};
use crate::objects::iter::{DictIterKind, IterState};
use crate::objects::list::{receiver, READ_PROTOCOL};
use crate::value::ObjRef;
use crate::vm::{PyResult, Vm};

/// The dict behind the receiver (a dict, or a subclass instance wrapping one).
fn dict_of(vm: &Vm, args: &[Value]) -> PyResult<ObjRef> {
    let v = receiver(vm, args)?;
    vm.dict_ref(v)
        .ok_or_else(|| vm.type_error_msg(format!("descriptor for 'dict' doesn't apply to '{}'", vm.type_name(v))))
}

fn dict_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    check_args(vm, "dict", &args[1..], 0, 1)?;
    if let (Some(&src), true, true) = (args.get(1), args[0].is(Value::Obj(vm.types.dict)), kw.is_empty()) {
        // A generator (or an adapter over Python code) of pairs; any other object may be a mapping.
        let iterator = matches!(src, Value::Obj(r) if matches!(vm.heap.get(r), Obj::Generator(_) | Obj::Iter(_)));
        if iterator && vm.runs_python(src) {
            // Made from the pairs once the generator has given them all (see `builtins::drive`).
            return vm.drive_collect(src, crate::builtins::Finish::Apply, Some(args[0]));
        }
    }
    let d = vm.new_dict();
    dict_fill(vm, d, args.get(1).copied(), kw)?;
    Ok(Value::Obj(d))
}

/// What `dict(src, **kw)` and `d.update(src, **kw)` add.
fn dict_fill(vm: &mut Vm, d: ObjRef, src: Option<Value>, kw: Kwargs) -> PyResult<()> {
    if let Some(src) = src {
        dict_update_from(vm, d, src)?;
    }
    for (k, v) in kw {
        vm.dict_set(d, *k, *v)?;
    }
    Ok(())
}

/// `d.update(src)`: a mapping or an iterable of pairs.
pub fn dict_update_from(vm: &mut Vm, d: ObjRef, src: Value) -> PyResult<()> {
    if let Some(s) = vm.dict_ref(src) {
        let items = vm.dict_store(s).items();
        for &(k, v) in &items {
            vm.dict_set(d, k, v)?;
        }
        return Ok(());
    }
    if vm.getattr_opt(src, "keys")?.is_some() && !vm.is_type(src) {
        let keys_fn = vm.getattr_str(src, "keys")?;
        let keys = vm.call(keys_fn, &[])?;
        let keys = vm.collect_iter(keys)?;
        for &k in &keys {
            let v = vm.getitem(src, k)?;
            vm.dict_set(d, k, v)?;
        }
        return Ok(());
    }
    // Loops over borrowed slices: consuming iterator adapters over these Vecs would each be one more copy of
    // generic code.
    let items = vm.collect_iter(src)?;
    for (i, &item) in items.iter().enumerate() {
        let pair = vm.collect_iter(item)?;
        let [k, v] = pair[..] else {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        };
        vm.dict_set(d, k, v)?;
    }
    Ok(())
}

/// `cls.fromkeys(iterable, value=None)`.
fn dict_fromkeys(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_args(vm, "fromkeys", args, 2, 3)?;
    let value = args.get(2).copied().unwrap_or(Value::None);
    let keys = vm.collect_iter(args[1])?;
    let d = if args[0].is(Value::Obj(vm.types.dict)) { Value::Obj(vm.new_dict()) } else { vm.call(args[0], &[])? };
    for k in keys {
        vm.setitem(d, k, value)?;
    }
    Ok(d)
}

/// What a dict method does (`dict_method`).
#[derive(Clone, Copy)]
enum Op {
    Init,
    Get,
    View(DictIterKind),
    SetDefault,
    Pop,
    PopItem,
    Update,
    Clear,
    Copy,
    GetItem,
    SetItem,
    DelItem,
}

/// The dict methods, written once: the argument count is checked (`self` counted as the messages have it,
/// but for `__init__`, counted as the constructor is), then the receiver.
fn dict_method(vm: &mut Vm, args: &[Value], kw: Kwargs, op: Op) -> PyResult<Value> {
    let (name, min, max) = match op {
        Op::Init => ("dict", 0, 1),
        Op::Get => ("get", 2, 3),
        Op::View(DictIterKind::Keys) => ("keys", 1, 1),
        Op::View(DictIterKind::Values) => ("values", 1, 1),
        Op::View(DictIterKind::Items) => ("items", 1, 1),
        Op::SetDefault => ("setdefault", 2, 3),
        Op::Pop => ("pop", 2, 3),
        Op::PopItem => ("popitem", 1, 1),
        Op::Update => ("update", 1, 2),
        Op::Clear => ("clear", 1, 1),
        Op::Copy => ("copy", 1, 1),
        Op::GetItem => ("__getitem__", 2, 2),
        Op::SetItem => ("__setitem__", 3, 3),
        Op::DelItem => ("__delitem__", 2, 2),
    };
    let counted = if let Op::Init = op { args.get(1..).unwrap_or(&[]) } else { args };
    check_args(vm, name, counted, min, max)?;
    let d = dict_of(vm, args)?;
    let (key, default) = (args.get(1).copied(), args.get(2).copied());
    let key_or_none = key.unwrap_or(Value::None);
    Ok(match op {
        // `__init__` fills a subclass instance's dict (a plain dict is filled by its constructor).
        Op::Init | Op::Update => {
            dict_fill(vm, d, key, kw)?;
            Value::None
        }
        Op::Get => vm.dict_get(d, key_or_none)?.unwrap_or(default.unwrap_or(Value::None)),
        Op::View(kind) => vm.new_iter(IterState::DictView { dict: d, kind }),
        Op::SetDefault => {
            if let Some(v) = vm.dict_get(d, key_or_none)? {
                return Ok(v);
            }
            let default = default.unwrap_or(Value::None);
            vm.dict_set(d, key_or_none, default)?;
            default
        }
        Op::Pop | Op::DelItem => match (vm.dict_del(d, key_or_none)?, default) {
            (Some(_), _) if matches!(op, Op::DelItem) => Value::None,
            (Some(v), _) => v,
            (None, Some(default)) => default,
            (None, None) => return Err(vm.key_error(key_or_none)),
        },
        Op::PopItem => match vm.dict_store_mut(d).pop_last() {
            Some(e) => vm.new_tuple(vec![e.key, e.value]),
            None => return Err(vm.new_error(vm.exc.key_error, "popitem(): dictionary is empty")),
        },
        Op::Clear => {
            vm.dict_store_mut(d).clear();
            vm.heap.resize(d);
            Value::None
        }
        Op::Copy => {
            let store = vm.dict_store(d).clone();
            Value::Obj(vm.alloc(Obj::Dict(store)))
        }
        // `dict.__getitem__`, reached by subclasses: the stored value, else the class's `__missing__`.
        Op::GetItem => {
            if let Some(v) = vm.dict_get(d, key_or_none)? {
                return Ok(v);
            }
            if !args[0].is(Value::Obj(d)) {
                let missing = vm.names.missing;
                if let Some(f) = vm.lookup_special(vm.type_of(args[0]), missing) {
                    return vm.call(f, &[args[0], key_or_none]);
                }
            }
            return Err(vm.key_error(key_or_none));
        }
        Op::SetItem => {
            vm.dict_set(d, key_or_none, args[2])?;
            Value::None
        }
    })
}

/// The `(name, NativeFn)` entry of a method run by `dict_method`.
macro_rules! method {
    ($name:literal, $op:expr) => {
        ($name, |vm: &mut Vm, args: &[Value], kw: Kwargs| dict_method(vm, args, kw, $op))
    };
}

/// The dict and kind of a view object, if `v` is one.
fn as_view(vm: &Vm, v: Value) -> Option<(ObjRef, DictIterKind)> {
    let Value::Obj(r) = v else { return None };
    match vm.heap.get(r) {
        Obj::Iter(s) => match **s {
            IterState::DictView { dict, kind } => Some((dict, kind)),
            _ => None,
        },
        _ => None,
    }
}

/// A fresh iterator over a view (`iter(d.keys())`), or None if `r` is not a view.
pub fn view_iter_state(vm: &Vm, r: ObjRef) -> Option<IterState> {
    let (dict, kind) = as_view(vm, Value::Obj(r))?;
    let len = vm.dict_store(dict).len();
    Some(IterState::DictKeys { dict, index: 0, len, kind })
}

/// `x in view`: O(1) for keys and items, a scan for values. None if `view` is not a view.
pub fn view_contains(vm: &mut Vm, view: Value, x: Value) -> PyResult<Option<bool>> {
    let Some((d, kind)) = as_view(vm, view) else { return Ok(None) };
    let found = match kind {
        DictIterKind::Keys => vm.dict_contains(d, x)?,
        DictIterKind::Items => {
            // Only a (key, value) tuple can be an item.
            let pair = match x {
                Value::Obj(t) => match vm.heap.get(t) {
                    Obj::Tuple(p) if p.len() == 2 => Some((p[0], p[1])),
                    _ => None,
                },
                _ => None,
            };
            match pair {
                Some((k, v)) => match vm.dict_get(d, k)? {
                    Some(found) => found.is(v) || vm.eq(found, v)?,
                    None => false,
                },
                None => false,
            }
        }
        DictIterKind::Values => {
            let mut found = false;
            for v in vm.dict_store(d).values() {
                if v.is(x) || vm.eq(v, x)? {
                    found = true;
                    break;
                }
            }
            found
        }
    };
    Ok(Some(found))
}

/// A keys or items view as a new set of its members, for comparisons and set operators with sets; None for
/// anything else.
pub fn view_as_set(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let Some((d, kind)) = as_view(vm, v) else { return Ok(None) };
    if kind == DictIterKind::Values {
        return Ok(None);
    }
    let members = view_members(vm, d, kind);
    let s = vm.new_set(false);
    for &m in &members {
        vm.dict_set(s, m, Value::None)?;
    }
    Ok(Some(Value::Obj(s)))
}

/// What a view of `d` shows, in order: keys, values, or (key, value) tuples.
fn view_members(vm: &mut Vm, d: ObjRef, kind: DictIterKind) -> Vec<Value> {
    match kind {
        DictIterKind::Keys => vm.dict_store(d).keys(),
        DictIterKind::Values => vm.dict_store(d).values(),
        DictIterKind::Items => {
            let items = vm.dict_store(d).items();
            let mut out = Vec::with_capacity(items.len());
            for &(k, v) in &items {
                out.push(vm.new_tuple(vec![k, v]));
            }
            out
        }
    }
}

/// `dict_keys([1, 2])`, or None if `r` is not a view.
pub fn view_repr(vm: &mut Vm, r: ObjRef) -> PyResult<Option<String>> {
    let Some((d, kind)) = as_view(vm, Value::Obj(r)) else { return Ok(None) };
    let name = vm.type_name(Value::Obj(r));
    let members = view_members(vm, d, kind);
    let list = vm.new_list(members);
    Ok(Some(format!("{name}({})", vm.repr(list)?)))
}

/// `reversed(d)` and `reversed(d.keys()/values()/items())`: newest entry first. None for other values.
pub fn reversed_iter(vm: &mut Vm, v: Value) -> PyResult<Option<Value>> {
    let (d, kind) = match (vm.dict_ref(v), as_view(vm, v)) {
        (Some(d), _) => (d, DictIterKind::Keys),
        (None, Some(view)) => view,
        (None, None) => return Ok(None),
    };
    let mut members = view_members(vm, d, kind);
    members.reverse();
    let seq = vm.new_list(members);
    Ok(Some(vm.new_iter(IterState::Seq { seq, index: 0 })))
}

/// What a method of the views (and dict's `__reversed__`) does.
#[derive(Clone, Copy)]
enum ViewOp {
    Iter,
    Len,
    Contains,
    Reversed,
}

fn view_method(vm: &mut Vm, args: &[Value], op: ViewOp) -> PyResult<Value> {
    if let ViewOp::Iter = op {
        let Value::Obj(r) = receiver(vm, args)? else { return Err(vm.type_error_msg("view expected")) };
        return Ok(match view_iter_state(vm, r) {
            Some(s) => vm.new_iter(s),
            None => args[0],
        });
    }
    let (name, n) = match op {
        ViewOp::Len => ("__len__", 1),
        ViewOp::Contains => ("__contains__", 2),
        _ => ("__reversed__", 1),
    };
    check_args(vm, name, args, n, n)?;
    Ok(match op {
        ViewOp::Len => Value::Int(vm.len(args[0])? as i64),
        ViewOp::Contains => Value::bool(view_contains(vm, args[0], args[1])?.unwrap_or(false)),
        _ => match reversed_iter(vm, args[0])? {
            Some(it) => it,
            None => return Err(vm.type_error_msg(format!("'{}' object isn't reversible", vm.type_name(args[0])))),
        },
    })
}

/// The `(name, NativeFn)` entry of a method run by `view_method`.
macro_rules! view {
    ($name:literal, $op:expr) => {
        ($name, |vm: &mut Vm, args: &[Value], _kw: Kwargs| view_method(vm, args, $op))
    };
}

pub fn register(vm: &mut Vm) {
    let t = vm.types.dict;
    vm.set_constructor(t, dict_new);
    vm.add_methods(
        t,
        &[
            method!("__init__", Op::Init),
            method!("get", Op::Get),
            method!("keys", Op::View(DictIterKind::Keys)),
            method!("values", Op::View(DictIterKind::Values)),
            method!("items", Op::View(DictIterKind::Items)),
            method!("setdefault", Op::SetDefault),
            method!("pop", Op::Pop),
            method!("popitem", Op::PopItem),
            method!("update", Op::Update),
            method!("clear", Op::Clear),
            method!("copy", Op::Copy),
            method!("__getitem__", Op::GetItem),
            method!("__setitem__", Op::SetItem),
            method!("__delitem__", Op::DelItem),
            view!("__reversed__", ViewOp::Reversed),
        ],
    );
    vm.add_methods(t, READ_PROTOCOL);
    vm.add_natives(t, NativeKind::ClassMethod, &[("fromkeys", dict_fromkeys)]);
    for v in [vm.types.dict_keys, vm.types.dict_values, vm.types.dict_items] {
        vm.add_methods(
            v,
            &[
                view!("__iter__", ViewOp::Iter),
                view!("__len__", ViewOp::Len),
                view!("__contains__", ViewOp::Contains),
                view!("__reversed__", ViewOp::Reversed),
            ],
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::host::{Host, Stream};
    use crate::value::Value;
    use crate::vfs::{FileSystem, MemFs};
    use crate::vm::{Config, Vm};

    struct QuietHost(MemFs);

    impl Host for QuietHost {
        fn write(&mut self, _stream: Stream, _text: &str) {}
        fn monotonic_ns(&mut self) -> u64 {
            0
        }
        fn sleep_blocking(&mut self, _until_ns: u64) {}
        fn fs(&mut self) -> &mut dyn FileSystem {
            &mut self.0
        }
    }

    /// A million int keys and 200,000 str keys: insert, look up, delete. Must stay O(1) per operation (a
    /// quadratic table would not finish), and the table must come back empty and reusable.
    #[test]
    fn large_dict_insert_lookup_delete() {
        let config = Config { heap_size: 1 << 30, ..Config::default() };
        let mut vm = Vm::new(Box::new(QuietHost(MemFs::new())), config);
        let started = std::time::Instant::now();
        let d = vm.new_dict();
        const INTS: i64 = 1_000_000;
        const STRS: usize = 200_000;
        for i in 0..INTS {
            vm.dict_set(d, Value::Int(i * 7), Value::Int(i)).unwrap();
        }
        let keys: Vec<Value> = (0..STRS).map(|i| vm.new_string(format!("key{i}"))).collect();
        for (i, k) in keys.iter().enumerate() {
            vm.dict_set(d, *k, Value::Int(i as i64)).unwrap();
        }
        assert_eq!(vm.dict_store(d).len(), INTS as usize + STRS);
        for i in 0..INTS {
            assert!(matches!(vm.dict_get(d, Value::Int(i * 7)).unwrap(), Some(Value::Int(v)) if v == i));
            assert!(vm.dict_get(d, Value::Int(i * 7 + 1)).unwrap().is_none());
        }
        for i in (0..STRS).step_by(997) {
            // A fresh string equal to the key, not the same object.
            let probe = vm.new_string(format!("key{i}"));
            assert!(matches!(vm.dict_get(d, probe).unwrap(), Some(Value::Int(v)) if v == i as i64));
        }
        for i in 0..INTS {
            assert!(vm.dict_del(d, Value::Int(i * 7)).unwrap().is_some());
        }
        for k in &keys {
            assert!(vm.dict_del(d, *k).unwrap().is_some());
        }
        assert!(vm.dict_store(d).is_empty());
        vm.dict_set(d, Value::Int(1), Value::Int(2)).unwrap();
        assert_eq!(vm.dict_store(d).len(), 1);
        eprintln!("large dict: {:?}", started.elapsed());
    }

    /// Popping every item from the end stays linear (trailing holes are dropped).
    #[test]
    fn popitem_drains_in_linear_time() {
        let mut vm = Vm::new(Box::new(QuietHost(MemFs::new())), Config { heap_size: 1 << 28, ..Config::default() });
        let d = vm.new_dict();
        for i in 0..200_000 {
            vm.dict_set(d, Value::Int(i), Value::None).unwrap();
        }
        for i in (0..200_000).rev() {
            let e = vm.dict_store_mut(d).pop_last().unwrap();
            assert!(matches!(e.key, Value::Int(k) if k == i));
        }
        assert!(vm.dict_store_mut(d).pop_last().is_none());
    }
}
