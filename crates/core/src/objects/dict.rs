//! `dict` storage and methods. `DictStore` is an insertion-ordered open-addressing hash table (the layout of
//! CPython 3.6+: a dense entry list plus a sparse index), used for dicts, sets, instance and module
//! namespaces. Lookups are O(1); equality of keys that need Python code (`__eq__` of a class) goes through the
//! VM's slow path, everything else is decided here from the heap alone.

use crate::heap::Heap;
use crate::value::Value;
use std::sync::atomic::{AtomicU32, Ordering};

/// Bumped whenever any class namespace changes, so caches of attribute lookups along MROs know they are
/// stale. Global (not per VM) so that a dict needs no back-pointer; other VMs only see extra invalidations.
static TYPE_DICT_EPOCH: AtomicU32 = AtomicU32::new(0);

pub fn type_dict_epoch() -> u32 {
    TYPE_DICT_EPOCH.load(Ordering::Relaxed)
}

fn bump_type_dict_epoch() {
    TYPE_DICT_EPOCH.fetch_add(1, Ordering::Relaxed);
}

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;

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

impl DictStore {
    /// An empty table usable in constant context.
    pub const EMPTY: DictStore =
        DictStore { entries: Vec::new(), indices: Vec::new(), len: 0, keys_version: 0, is_type_dict: false };

    pub fn new() -> Self {
        DictStore::default()
    }

    pub fn with_capacity(n: usize) -> Self {
        let mut d = DictStore::default();
        if n > 0 {
            d.entries.reserve(n);
            d.indices = vec![EMPTY; (n * 3 / 2).next_power_of_two().max(8)];
        }
        d
    }

    pub fn len(&self) -> usize {
        self.len
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
                e.value = value;
                if self.is_type_dict {
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

    /// Bytes this table holds on the heap (for the heap limit).
    pub fn heap_bytes(&self) -> usize {
        self.entries.capacity() * std::mem::size_of::<Option<Entry>>() + self.indices.capacity() * 4
    }

    pub fn entry(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).and_then(|e| e.as_ref())
    }

    pub fn entry_mut(&mut self, i: usize) -> Option<&mut Entry> {
        self.changed();
        self.entries.get_mut(i).and_then(|e| e.as_mut())
    }

    /// Number of entry slots, including deleted ones (for iteration by index that survives mutation checks).
    pub fn slots(&self) -> usize {
        self.entries.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key).collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.iter().map(|e| e.value).collect()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter().map(|e| (e.key, e.value)).collect()
    }

    fn probe_seq(&self, hash: u64) -> impl Iterator<Item = usize> + '_ {
        let mask = self.indices.len() - 1;
        let mut i = (hash as usize) & mask;
        let mut perturb = hash;
        std::iter::from_fn(move || {
            let cur = i;
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
            Some(cur)
        })
    }

    /// Find `key` deciding equality with `eq`, which answers `Some(bool)` when it can tell without Python code.
    pub fn probe(&self, heap: &Heap, hash: u64, key: Value) -> Probe {
        if self.indices.is_empty() {
            return Probe::Absent;
        }
        let mut unsure = Vec::new();
        for slot in self.probe_seq(hash) {
            let idx = self.indices[slot];
            if idx == EMPTY {
                break;
            }
            if idx == DUMMY {
                continue;
            }
            let e = self.entries[idx as usize].as_ref().expect("index points at a live entry");
            if e.hash != hash {
                continue;
            }
            if e.key.is(key) {
                return Probe::Found(idx as usize);
            }
            match heap.native_eq(e.key, key) {
                Some(true) => return Probe::Found(idx as usize),
                Some(false) => {}
                None => unsure.push(idx as usize),
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
        if (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.grow();
        }
        let idx = self.entries.len() as u32;
        self.entries.push(Some(Entry { hash, key, value }));
        let mut target = None;
        for slot in self.probe_seq(hash) {
            let cur = self.indices[slot];
            if cur == EMPTY || cur == DUMMY {
                target = Some(slot);
                break;
            }
        }
        let slot = target.expect("table has free slots");
        self.indices[slot] = idx;
        self.len += 1;
        self.keys_version = self.keys_version.wrapping_add(1);
        self.changed();
    }

    /// Remove the entry at index `i` (found by `probe`).
    pub fn remove_at(&mut self, i: usize) -> Option<Entry> {
        let e = self.entries.get_mut(i)?.take()?;
        self.keys_version = self.keys_version.wrapping_add(1);
        self.changed();
        let slot = self.probe_seq(e.hash).find(|s| self.indices[*s] == i as u32);
        if let Some(slot) = slot {
            self.indices[slot] = DUMMY;
        }
        self.len -= 1;
        if self.len == 0 {
            self.entries.clear();
            self.indices.iter_mut().for_each(|x| *x = EMPTY);
        } else if self.entries.len() > 16 && self.len * 4 < self.entries.len() {
            self.rebuild(self.indices.len());
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
        self.keys_version = self.keys_version.wrapping_add(1);
        self.changed();
    }

    fn grow(&mut self) {
        let want = ((self.len + 1) * 3).next_power_of_two().max(8);
        self.rebuild(want);
    }

    fn rebuild(&mut self, size: usize) {
        let live: Vec<Entry> = self.entries.drain(..).flatten().collect();
        self.indices = vec![EMPTY; size];
        self.len = 0;
        for e in live {
            self.insert_new(e.hash, e.key, e.value);
        }
    }

    /// Every value (keys and values) held, for the collector.
    pub fn trace(&self, out: &mut Vec<Value>) {
        for e in self.iter() {
            out.push(e.key);
            out.push(e.value);
        }
    }
}

use crate::objects::function::Kwargs;
use crate::vm::{PyResult, Vm};

fn dict_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let d = vm.new_dict();
    if let Some(&src) = args.get(1) {
        dict_update_from(vm, d, src)?;
    }
    for (k, v) in kw {
        vm.dict_set(d, *k, *v)?;
    }
    Ok(Value::Obj(d))
}

/// `d.update(src)`: a mapping or an iterable of pairs.
pub fn dict_update_from(vm: &mut Vm, d: crate::value::ObjRef, src: Value) -> PyResult<()> {
    if let Some(s) = vm.dict_ref(src) {
        for (k, v) in vm.dict_store(s).items() {
            vm.dict_set(d, k, v)?;
        }
        return Ok(());
    }
    if vm.getattr_opt(src, "keys")?.is_some() && !vm.is_type(src) {
        let keys_fn = vm.getattr_str(src, "keys")?;
        let keys = vm.call(keys_fn, &[])?;
        for k in vm.collect_iter(keys)? {
            let v = vm.getitem(src, k)?;
            vm.dict_set(d, k, v)?;
        }
        return Ok(());
    }
    for (i, item) in vm.collect_iter(src)?.into_iter().enumerate() {
        let pair = vm.collect_iter(item)?;
        if pair.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        vm.dict_set(d, pair[0], pair[1])?;
    }
    Ok(())
}

fn dict_get_method(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Some(d) = vm.dict_ref(args[0]) else { return Err(vm.type_error_msg("dict expected")) };
    Ok(vm.dict_get(d, args[1])?.unwrap_or(args.get(2).copied().unwrap_or(Value::None)))
}

fn dict_view(vm: &mut Vm, args: &[Value], kind: crate::objects::iter::DictIterKind) -> PyResult<Value> {
    let Some(d) = vm.dict_ref(args[0]) else { return Err(vm.type_error_msg("dict expected")) };
    Ok(vm.new_iter(crate::objects::iter::IterState::DictView { dict: d, kind }))
}

fn dict_keys(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    dict_view(vm, args, crate::objects::iter::DictIterKind::Keys)
}

fn dict_values(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    dict_view(vm, args, crate::objects::iter::DictIterKind::Values)
}

fn dict_items(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    dict_view(vm, args, crate::objects::iter::DictIterKind::Items)
}

fn view_iter(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Value::Obj(r) = args[0] else { return Err(vm.type_error_msg("view expected")) };
    let crate::heap::Obj::Iter(s) = vm.heap.get(r) else { return Err(vm.type_error_msg("view expected")) };
    let crate::objects::iter::IterState::DictView { dict, kind } = **s else {
        return Ok(args[0]);
    };
    let len = vm.dict_store(dict).len();
    Ok(vm.new_iter(crate::objects::iter::IterState::DictKeys { dict, index: 0, len, kind }))
}

pub fn register(vm: &mut Vm) {
    let t = vm.types.dict;
    vm.set_constructor(t, dict_new);
    vm.add_methods(t, &[("get", dict_get_method), ("keys", dict_keys), ("values", dict_values), ("items", dict_items)]);
    for v in [vm.types.dict_keys, vm.types.dict_values, vm.types.dict_items] {
        vm.add_methods(v, &[("__iter__", view_iter)]);
    }
}
