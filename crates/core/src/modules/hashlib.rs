//! `hashlib`: SHA-1 and SHA-256 as CircuitPython offers them (`new(name, data=b"")` and the named
//! constructors `sha1(data=b"")`/`sha256(data=b"")`), returning `Hash` objects with `update`, `digest`,
//! `hexdigest`, `copy`, `digest_size`, `block_size` and `name`.

use super::util::{self, arg};
use crate::objects::function::Kwargs;
use crate::objects::instance::NativeState;
use crate::sha::{Algorithm, Hasher};
use crate::value::{ObjRef, Value};
use crate::vm::{PyResult, Vm};

pub fn init(vm: &mut Vm, dict: ObjRef) -> PyResult<()> {
    util::add_functions(
        vm,
        dict,
        &[
            ("new", hash_new),
            ("sha1", |vm, a, k| new_hash(vm, "sha1", a, k, 0)),
            ("sha256", |vm, a, k| new_hash(vm, "sha256", a, k, 0)),
        ],
    );
    Ok(())
}

/// The hasher of a name `hashlib.new` accepts (any case, as CircuitPython's).
fn named(name: &str) -> Option<Hasher> {
    Algorithm::ALL.into_iter().find(|a| a.name().eq_ignore_ascii_case(name)).map(Hasher::new)
}

crate::keyed_type!(Hasher);
impl NativeState for Hasher {}

fn make_hash_class(vm: &mut Vm) -> PyResult<ObjRef> {
    let c = vm.new_native_class("Hash", None);
    vm.add_methods(
        c,
        &[("update", hash_update), ("digest", hash_digest), ("hexdigest", hash_hexdigest), ("copy", hash_copy)],
    );
    util::add_property(vm, c, "digest_size", |vm, a, _| Ok(Value::Int(hasher(vm, a[0])?.size() as i64)));
    util::add_property(vm, c, "block_size", |vm, a, _| hasher(vm, a[0]).map(|_| Value::Int(64)));
    util::add_property(vm, c, "name", |vm, a, _| {
        let name = hasher(vm, a[0])?.algorithm().name();
        Ok(vm.new_str(name))
    });
    Ok(c)
}

fn hasher(vm: &Vm, v: Value) -> PyResult<&Hasher> {
    vm.native_state::<Hasher>(v).ok_or_else(|| vm.type_error_msg("Hash expected"))
}

/// The bytes to hash: any object with the buffer protocol. On CircuitPython a `str` has one too (its
/// UTF-8 bytes), so strings hash there where CPython wants them encoded first (and zlib takes them alike).
pub(crate) fn data_bytes(vm: &Vm, v: Value) -> PyResult<Vec<u8>> {
    match (vm.as_bytes(v), vm.as_str(v)) {
        (Some(b), _) => Ok(b.to_vec()),
        (None, Some(s)) => Ok(s.as_bytes().to_vec()),
        _ => Err(vm.type_error_msg("object with buffer protocol required")),
    }
}

/// A `Hash` of algorithm `name`, fed the optional `data` argument at position `data_at`.
fn new_hash(vm: &mut Vm, name: &str, args: &[Value], kw: Kwargs, data_at: usize) -> PyResult<Value> {
    let h = named(name).ok_or_else(|| vm.value_error("Unsupported hash algorithm"))?;
    hash_object(vm, h, arg(vm, args, kw, data_at, "data"))
}

fn hash_object(vm: &mut Vm, mut h: Hasher, data: Option<Value>) -> PyResult<Value> {
    if let Some(d) = data.filter(|d| !d.is_none()) {
        h.update(&data_bytes(vm, d)?);
    }
    let class = util::class(vm, "hashlib.Hash", make_hash_class)?;
    Ok(vm.new_native_instance(class, Box::new(h)))
}

fn hash_new(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let name = util::need(vm, args, kw, 0, "name", "new")?;
    let name = vm.expect_str(name)?;
    new_hash(vm, &name, args, kw, 1)
}

fn hash_update(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    crate::builtins::check_args(vm, "update", args, 2, 2)?;
    hasher(vm, args[0])?;
    let data = data_bytes(vm, args[1])?;
    if let Some(h) = vm.native_state_mut::<Hasher>(args[0]) {
        h.update(&data);
    }
    Ok(Value::None)
}

fn hash_digest(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let digest = hasher(vm, args[0])?.digest();
    Ok(vm.new_bytes(digest))
}

fn hash_hexdigest(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let hex = super::binascii::to_hex(&hasher(vm, args[0])?.digest(), &[]);
    Ok(vm.new_string(String::from_utf8(hex).unwrap_or_default()))
}

fn hash_copy(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let h = hasher(vm, args[0])?.clone();
    hash_object(vm, h, None)
}
