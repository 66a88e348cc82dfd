//! `array`: `array.array`, a typed sequence of numbers stored as packed little-endian bytes (so it is a
//! real buffer: `bytes(a)`, `struct.unpack_from` and friends read it through `Vm::as_bytes`). Item sizes
//! are CircuitPython's 32-bit ones (`i`/`l` are 4 bytes), and storing a value that doesn't fit raises
//! CircuitPython's `OverflowError: value must fit in N byte(s)`.

use super::util;
use crate::builtins::check_args;
use crate::heap::Obj;
use crate::objects::function::Kwargs;
use crate::objects::instance::NativeState;
use crate::objects::seq::{assign_slice, is_slice, norm_index, slice_indices, slice_positions};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm, dict: ObjRef) -> PyResult<()> {
    let c = util::class(vm, "array", make_array_class)?;
    vm.dict_set_str(dict, "array", Value::Obj(c));
    Ok(())
}

struct Array {
    typecode: u8,
    data: Vec<u8>,
}
crate::keyed_type!(Array);
impl NativeState for Array {
    fn heap_bytes(&self) -> usize {
        self.data.capacity()
    }
}

struct ArrayIter {
    array: Value,
    index: usize,
}

crate::keyed_type!(ArrayIter);
impl NativeState for ArrayIter {
    fn trace(&self, out: &mut Vec<Value>) {
        out.push(self.array);
    }
}

/// The bytes an array holds, if `v` is one (its buffer protocol).
pub fn array_bytes(vm: &Vm, v: Value) -> Option<&[u8]> {
    vm.native_state::<Array>(v).map(|a| a.data.as_slice())
}

pub fn array_bytes_mut(vm: &mut Vm, v: Value) -> Option<&mut [u8]> {
    vm.native_state_mut::<Array>(v).map(|a| a.data.as_mut_slice())
}

fn item_size(typecode: u8) -> Option<usize> {
    match typecode {
        b'b' | b'B' => Some(1),
        b'h' | b'H' => Some(2),
        b'i' | b'I' | b'l' | b'L' | b'f' => Some(4),
        b'q' | b'Q' | b'd' => Some(8),
        _ => None,
    }
}

fn size_of(typecode: u8) -> usize {
    item_size(typecode).unwrap_or(1)
}

/// The item stored in `bytes` (exactly one item's worth): as `struct` reads its field of the same code.
fn decode(vm: &mut Vm, typecode: u8, bytes: &[u8]) -> Value {
    super::struct_::read_item(vm, typecode, bytes, false)
}

/// The bytes that store `v` as an item of `typecode`.
fn encode(vm: &Vm, typecode: u8, v: Value) -> PyResult<Vec<u8>> {
    let size = size_of(typecode);
    match typecode {
        b'f' => return Ok((vm.expect_f64(v)? as f32).to_le_bytes().to_vec()),
        b'd' => return Ok(vm.expect_f64(v)?.to_le_bytes().to_vec()),
        _ => {}
    }
    let n = vm.as_bigint(vm.unwrap_base(v)).ok_or_else(|| vm.type_error_for("can't convert ", v, " to int"))?;
    match super::struct_::field_bits(&n, typecode, size).0 {
        Some(bits) => Ok(bits.to_le_bytes()[..size].to_vec()),
        None => Err(vm.new_error(vm.exc.overflow_error, format!("value must fit in {size} byte(s)"))),
    }
}

fn make_array_class(vm: &mut Vm) -> PyResult<ObjRef> {
    let c = vm.new_native_class("array", Some(array_new));
    vm.add_methods(
        c,
        &[
            ("append", array_append),
            ("extend", array_extend),
            ("__len__", array_len),
            ("__getitem__", array_getitem),
            ("__setitem__", array_setitem),
            ("__iter__", array_iter),
            ("__contains__", array_contains),
            ("__eq__", array_eq),
            ("__add__", array_add),
            ("__iadd__", array_iadd),
            ("__repr__", array_repr),
        ],
    );
    Ok(c)
}

fn make_array_iter(vm: &mut Vm) -> PyResult<ObjRef> {
    Ok(util::iterator_class(vm, "array_iterator", array_iter_next))
}

fn state(vm: &Vm, v: Value) -> PyResult<&Array> {
    vm.native_state::<Array>(v).ok_or_else(|| vm.type_error_msg("array expected"))
}

/// Typecode and a copy of the bytes of array `v`.
fn parts(vm: &Vm, v: Value) -> PyResult<(u8, Vec<u8>)> {
    state(vm, v).map(|a| (a.typecode, a.data.clone()))
}

fn new_array(vm: &mut Vm, class: ObjRef, typecode: u8, data: Vec<u8>) -> Value {
    vm.new_native_instance(class, Box::new(Array { typecode, data }))
}

/// A new array of the same class as `like`.
fn new_like(vm: &mut Vm, like: Value, typecode: u8, data: Vec<u8>) -> Value {
    let class = vm.type_of(like);
    new_array(vm, class, typecode, data)
}

/// The bytes storing all of `items`.
fn encode_all(vm: &mut Vm, typecode: u8, items: &[Value]) -> PyResult<Vec<u8>> {
    let size = size_of(typecode);
    vm.text_fits(items.len().saturating_mul(size))?;
    let mut out = Vec::with_capacity(items.len() * size);
    for v in items {
        out.extend(encode(vm, typecode, *v)?);
    }
    Ok(out)
}

/// The bytes of `src` to append to an array of `typecode`: another array of the same kind, or the items of
/// any iterable.
fn bytes_of_items(vm: &mut Vm, typecode: u8, src: Value) -> PyResult<Vec<u8>> {
    if let Some(other) = vm.native_state::<Array>(src) {
        if other.typecode != typecode {
            return Err(vm.type_error_msg("can only extend with array of same kind"));
        }
        return Ok(other.data.clone());
    }
    let items = vm.collect_iter(src)?;
    encode_all(vm, typecode, &items)
}

fn array_new(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_args(vm, "array", &args[1..], 1, 2)?;
    let Value::Obj(class) = args[0] else { return Err(vm.type_error_msg("array needs a class")) };
    let code = vm
        .as_str(args[1])
        .ok_or_else(|| vm.type_error_for("array() argument 1 must be a unicode character, not ", args[1], ""))?;
    let typecode = match code.as_bytes() {
        [c] if item_size(*c).is_some() => *c,
        _ => return Err(vm.value_error("bad typecode")),
    };
    let data = match args.get(2) {
        None => Vec::new(),
        Some(&init) => {
            let raw = match vm.unwrap_base(init) {
                Value::Obj(r) => match vm.heap.get(r) {
                    Obj::Bytes(b) | Obj::ByteArray(b) => Some(b.clone()),
                    _ => None,
                },
                _ => None,
            };
            match raw {
                Some(b) if b.len() % size_of(typecode) != 0 => {
                    return Err(vm.value_error("bytes length not a multiple of item size"));
                }
                Some(b) => b,
                // An array of another kind converts item by item.
                None if vm.native_state::<Array>(init).is_some() => {
                    let items = values(vm, init)?;
                    encode_all(vm, typecode, &items)?
                }
                None => bytes_of_items(vm, typecode, init)?,
            }
        }
    };
    Ok(new_array(vm, class, typecode, data))
}

/// Append `bytes` to array `v`.
fn grow(vm: &mut Vm, v: Value, bytes: &[u8]) -> PyResult<()> {
    vm.text_fits(bytes.len())?;
    if let Some(a) = vm.native_state_mut::<Array>(v) {
        a.data.extend_from_slice(bytes);
    }
    if let Value::Obj(r) = v {
        vm.heap.resize(r);
    }
    Ok(())
}

fn array_append(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    add_items(vm, args, "append", |vm, typecode, v| encode(vm, typecode, v))
}

fn array_extend(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    add_items(vm, args, "extend", bytes_of_items)
}

/// `append(x)`/`extend(iterable)`: grow the array by the bytes `bytes` makes of the argument.
fn add_items(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    bytes: fn(&mut Vm, u8, Value) -> PyResult<Vec<u8>>,
) -> PyResult<Value> {
    check_args(vm, name, args, 2, 2)?;
    let typecode = state(vm, args[0])?.typecode;
    let bytes = bytes(vm, typecode, args[1])?;
    grow(vm, args[0], &bytes)?;
    Ok(Value::None)
}

fn count(a: &Array) -> usize {
    a.data.len() / size_of(a.typecode)
}

fn array_len(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    Ok(Value::Int(count(state(vm, args[0])?) as i64))
}

fn array_getitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_args(vm, "__getitem__", args, 2, 2)?;
    let (typecode, len) = state(vm, args[0]).map(|a| (a.typecode, count(a)))?;
    let size = size_of(typecode);
    if is_slice(vm, args[1]) {
        let (start, stop, step) = slice_indices(vm, args[1], len)?;
        let data = &state(vm, args[0])?.data;
        let mut out = Vec::new();
        for i in slice_positions(start, stop, step) {
            out.extend_from_slice(&data[i * size..(i + 1) * size]);
        }
        return Ok(new_like(vm, args[0], typecode, out));
    }
    let i = norm_index(vm, args[1], len, "array")?;
    let bytes = state(vm, args[0])?.data[i * size..(i + 1) * size].to_vec();
    Ok(decode(vm, typecode, &bytes))
}

fn array_setitem(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_args(vm, "__setitem__", args, 3, 3)?;
    let (typecode, len) = state(vm, args[0]).map(|a| (a.typecode, count(a)))?;
    let size = size_of(typecode);
    if !is_slice(vm, args[1]) {
        let i = norm_index(vm, args[1], len, "array")?;
        let bytes = encode(vm, typecode, args[2])?;
        if let Some(a) = vm.native_state_mut::<Array>(args[0]) {
            a.data[i * size..(i + 1) * size].copy_from_slice(&bytes);
        }
        return Ok(Value::None);
    }
    let new = match vm.native_state::<Array>(args[2]) {
        Some(other) if other.typecode == typecode => other.data.clone(),
        Some(_) => return Err(vm.type_error_msg("bad argument type for built-in operation")),
        None => return Err(vm.type_error_for("can only assign array (not \"", args[2], "\") to array slice")),
    };
    let (start, stop, step) = slice_indices(vm, args[1], len)?;
    if step == 1 {
        vm.text_fits(new.len())?;
        if let Some(arr) = vm.native_state_mut::<Array>(args[0]) {
            // A contiguous slice of items is one of bytes, replaced as a bytearray's is (which cannot fail).
            let bytes = (start * size as i64, stop.max(start) * size as i64, 1);
            let _ = assign_slice(&mut arr.data, bytes, new);
        }
        return Ok(Value::None);
    }
    let mut positions = Vec::new();
    for i in slice_positions(start, stop, step) {
        positions.push(i);
    }
    if positions.len() * size != new.len() {
        return Err(vm.value_error(format!(
            "attempt to assign array of size {} to extended slice of size {}",
            new.len() / size,
            positions.len()
        )));
    }
    if let Some(arr) = vm.native_state_mut::<Array>(args[0]) {
        for (k, &i) in positions.iter().enumerate() {
            arr.data[i * size..(i + 1) * size].copy_from_slice(&new[k * size..(k + 1) * size]);
        }
    }
    Ok(Value::None)
}

/// The items of array `v` as Python values.
fn values(vm: &mut Vm, v: Value) -> PyResult<Vec<Value>> {
    let (typecode, data) = parts(vm, v)?;
    let size = size_of(typecode);
    let mut out = Vec::with_capacity(data.len() / size);
    for c in data.chunks_exact(size) {
        out.push(decode(vm, typecode, c));
    }
    Ok(out)
}

fn array_iter(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    state(vm, args[0])?;
    let c = util::class(vm, "array_iterator", make_array_iter)?;
    Ok(vm.new_native_instance(c, Box::new(ArrayIter { array: args[0], index: 0 })))
}

fn array_iter_next(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let Some(&ArrayIter { array, index }) = vm.native_state::<ArrayIter>(args[0]) else {
        return Err(vm.type_error_msg("array_iterator expected"));
    };
    let (typecode, len) = state(vm, array).map(|a| (a.typecode, count(a)))?;
    if index >= len {
        return Err(vm.stop_iteration(Value::None));
    }
    if let Some(it) = vm.native_state_mut::<ArrayIter>(args[0]) {
        it.index += 1;
    }
    let data = state(vm, array)?.data[index * size_of(typecode)..(index + 1) * size_of(typecode)].to_vec();
    Ok(decode(vm, typecode, &data))
}

fn array_contains(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_args(vm, "__contains__", args, 2, 2)?;
    for v in values(vm, args[0])? {
        if vm.eq(v, args[1])? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

/// Arrays are equal when their items are, whatever their typecodes.
fn array_eq(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_args(vm, "__eq__", args, 2, 2)?;
    if vm.native_state::<Array>(args[1]).is_none() {
        return Ok(vm.not_implemented);
    }
    let (a, b) = (values(vm, args[0])?, values(vm, args[1])?);
    if a.len() != b.len() {
        return Ok(Value::FALSE);
    }
    for (x, y) in a.into_iter().zip(b) {
        if !vm.eq(x, y)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

/// The bytes of `other` for `array + other`: an array of the same typecode.
fn addend(vm: &Vm, typecode: u8, other: Value) -> PyResult<Option<Vec<u8>>> {
    match vm.native_state::<Array>(other) {
        Some(o) if o.typecode == typecode => Ok(Some(o.data.clone())),
        Some(_) => Err(vm.type_error_msg("bad argument type for built-in operation")),
        None => Ok(None),
    }
}

fn array_add(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_args(vm, "__add__", args, 2, 2)?;
    let (typecode, mut data) = parts(vm, args[0])?;
    let Some(more) = addend(vm, typecode, args[1])? else { return Ok(vm.not_implemented) };
    vm.text_fits(data.len() + more.len())?;
    data.extend(more);
    Ok(new_like(vm, args[0], typecode, data))
}

fn array_iadd(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    check_args(vm, "__iadd__", args, 2, 2)?;
    let typecode = state(vm, args[0])?.typecode;
    let Some(more) = addend(vm, typecode, args[1])? else { return Ok(vm.not_implemented) };
    grow(vm, args[0], &more)?;
    Ok(args[0])
}

fn array_repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let typecode = state(vm, args[0])?.typecode as char;
    let items = values(vm, args[0])?;
    if items.is_empty() {
        return Ok(vm.new_string(format!("array('{typecode}')")));
    }
    let list = vm.new_list(items);
    let inner = vm.repr(list)?;
    Ok(vm.new_string(format!("array('{typecode}', {inner})")))
}
