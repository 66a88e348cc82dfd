//! `io` (StringIO, BytesIO) and the builtin `open()`: one in-memory stream type serves both. A file's
//! contents are read whole at open; a file opened for writing keeps its contents in memory and goes to the
//! drive with one atomic `write` on flush/close, so the drive holds the old file or the new one, never half.

use super::os::{check_writable, fs_error, resolve, str_arg};
use super::util::{self, arg};
use crate::objects::function::{Kwargs, NativeFn, NativeKind};
use crate::objects::instance::NativeState;
use crate::value::{ObjRef, Value};
use crate::vfs::FsError;
use crate::vm::{PyResult, Vm};

/// A stream over bytes; text streams keep UTF-8 and count positions in bytes, as MicroPython does.
struct IoStream {
    data: Vec<u8>,
    pos: usize,
    text: bool,
    closed: bool,
    readable: bool,
    writable: bool,
    /// Writes go to the end whatever the position (`'a'` modes).
    append: bool,
    /// For a file: its absolute path on the drive, and whether `data` still has to be written there.
    path: Option<String>,
    dirty: bool,
}
crate::keyed_type!(IoStream);
impl NativeState for IoStream {
    fn heap_bytes(&self) -> usize {
        self.data.capacity()
    }
}

impl IoStream {
    fn memory(data: Vec<u8>, text: bool) -> Self {
        IoStream {
            data,
            pos: 0,
            text,
            closed: false,
            readable: true,
            writable: true,
            append: false,
            path: None,
            dirty: false,
        }
    }
}

const STREAM_METHODS: [(&str, NativeFn); 16] = [
    ("read", read),
    ("readinto", readinto),
    ("readline", readline),
    ("readlines", readlines),
    ("write", write),
    ("writelines", writelines),
    ("seek", seek),
    ("tell", tell),
    ("flush", flush),
    ("close", close),
    ("readable", |vm, a, _k| Ok(Value::bool(stream(vm, a[0])?.readable))),
    ("writable", |vm, a, _k| Ok(Value::bool(stream(vm, a[0])?.writable))),
    ("__enter__", |_vm, a, _k| Ok(a[0])),
    ("__exit__", close),
    ("__iter__", |_vm, a, _k| Ok(a[0])),
    ("__next__", next_line),
];

fn make_class(vm: &mut Vm, name: &str, ctor: Option<NativeFn>, memory: bool) -> ObjRef {
    let c = vm.new_native_class(name, ctor);
    vm.add_methods(c, &STREAM_METHODS);
    if memory {
        vm.add_methods(c, &[("getvalue", getvalue)]);
    }
    util::add_property(vm, c, "closed", |vm, a, _k| Ok(Value::bool(stream(vm, a[0])?.closed)));
    c
}

fn string_io_class(vm: &mut Vm) -> PyResult<ObjRef> {
    util::class(vm, "StringIO", |vm| Ok(make_class(vm, "StringIO", Some(|vm, a, k| memory_new(vm, a, k, true)), true)))
}

fn bytes_io_class(vm: &mut Vm) -> PyResult<ObjRef> {
    util::class(vm, "BytesIO", |vm| Ok(make_class(vm, "BytesIO", Some(|vm, a, k| memory_new(vm, a, k, false)), true)))
}

pub fn init(vm: &mut Vm, dict: ObjRef) -> PyResult<()> {
    let s = string_io_class(vm)?;
    vm.dict_set_str(dict, "StringIO", Value::Obj(s));
    let b = bytes_io_class(vm)?;
    vm.dict_set_str(dict, "BytesIO", Value::Obj(b));
    let open = vm.new_native("open", open, NativeKind::Function);
    vm.dict_set_str(dict, "open", open);
    Ok(())
}

/// Put `open` into the builtins.
pub fn register_open(vm: &mut Vm) {
    let open = vm.new_native("open", open, NativeKind::Function);
    let b = vm.builtins;
    vm.dict_set_str(b, "open", open);
}

/// `StringIO(initial_value='')` (`text`) or `BytesIO(initial_bytes=b'')`.
fn memory_new(vm: &mut Vm, args: &[Value], kw: Kwargs, text: bool) -> PyResult<Value> {
    let data = match arg(vm, args, kw, 1, if text { "initial_value" } else { "initial_bytes" }) {
        None | Some(Value::None) | Some(Value::Int(_)) => Vec::new(),
        Some(v) if !text => buffer(vm, v)?,
        Some(v) => match vm.as_str(v) {
            Some(s) => s.as_bytes().to_vec(),
            None => return Err(vm.type_error_for("initial_value must be str or None, not ", v, "")),
        },
    };
    let class = if text { string_io_class(vm)? } else { bytes_io_class(vm)? };
    Ok(vm.new_native_instance(class, Box::new(IoStream::memory(data, text))))
}

fn buffer(vm: &Vm, v: Value) -> PyResult<Vec<u8>> {
    vm.as_bytes(v).map(<[u8]>::to_vec).ok_or_else(|| vm.type_error_msg("object with buffer protocol required"))
}

fn stream(vm: &Vm, v: Value) -> PyResult<&IoStream> {
    vm.native_state::<IoStream>(v).ok_or_else(|| vm.type_error_msg("stream expected"))
}

/// The stream behind `v`, not closed.
fn live_stream(vm: &mut Vm, v: Value) -> PyResult<&mut IoStream> {
    let closed = stream(vm, v)?.closed;
    if closed {
        return Err(vm.value_error("I/O operation on closed file"));
    }
    let missing = vm.type_error_msg("stream expected");
    vm.native_state_mut::<IoStream>(v).ok_or(missing)
}

/// The stream behind `v`, open for reading or for writing (`OSError(EBADF)` if its mode forbids it).
fn open_stream(vm: &mut Vm, v: Value, for_write: bool) -> PyResult<&mut IoStream> {
    let s = stream(vm, v)?;
    if !s.closed && !(if for_write { s.writable } else { s.readable }) {
        return Err(util::os_error(vm, 9));
    }
    live_stream(vm, v)
}

/// An optional size argument: None or negative means "all".
fn size_arg(vm: &Vm, v: Option<Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = vm.expect_index(v)?;
            // More than the address space holds is "all" too (a cast would wrap 2**32 to 0 on wasm32).
            Ok(usize::try_from(n).ok())
        }
    }
}

/// The end of `n` characters (text) or bytes from the position.
fn span_end(s: &IoStream, n: Option<usize>) -> usize {
    let start = s.pos.min(s.data.len());
    match n {
        None => s.data.len(),
        Some(n) if !s.text => start.saturating_add(n).min(s.data.len()),
        Some(n) => {
            let mut end = start;
            for _ in 0..n {
                if end >= s.data.len() {
                    break;
                }
                end += utf8_len(s.data[end]);
            }
            end.min(s.data.len())
        }
    }
}

fn utf8_len(first: u8) -> usize {
    match first {
        0xf0.. => 4,
        0xe0.. => 3,
        0xc0.. => 2,
        _ => 1,
    }
}

/// Take the bytes up to `end` from the position, as str or bytes.
fn take(vm: &mut Vm, v: Value, end: usize) -> PyResult<Value> {
    let s = open_stream(vm, v, false)?;
    let start = s.pos.min(s.data.len());
    let chunk = s.data[start..end].to_vec();
    s.pos = end;
    let text = s.text;
    Ok(if text { vm.new_string(String::from_utf8_lossy(&chunk).into_owned()) } else { vm.new_bytes(chunk) })
}

fn read(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let n = size_arg(vm, arg(vm, args, kw, 1, "size"))?;
    let end = span_end(open_stream(vm, args[0], false)?, n);
    take(vm, args[0], end)
}

/// `readinto(buf[, nbytes])`: bytes from the position into a writable buffer (at most `nbytes`); the count.
fn readinto(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let buf = util::need(vm, args, kw, 1, "buf", "readinto")?;
    let Some(room) = vm.as_bytes_mut(buf).map(|b| b.len()) else {
        return Err(vm.type_error_msg("object with buffer protocol required"));
    };
    let n = size_arg(vm, args.get(2).copied())?.map_or(room, |n| n.min(room));
    let s = open_stream(vm, args[0], false)?;
    let start = s.pos.min(s.data.len());
    let end = start.saturating_add(n).min(s.data.len());
    let chunk = s.data[start..end].to_vec();
    s.pos = end;
    if let Some(b) = vm.as_bytes_mut(buf) {
        b[..chunk.len()].copy_from_slice(&chunk);
    }
    Ok(Value::Int(chunk.len() as i64))
}

fn line_end(s: &IoStream, limit: Option<usize>) -> usize {
    let start = s.pos.min(s.data.len());
    let max = span_end(s, limit);
    match s.data[start..max].iter().position(|b| *b == b'\n') {
        Some(i) => start + i + 1,
        None => max,
    }
}

fn readline(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let n = size_arg(vm, arg(vm, args, kw, 1, "size"))?;
    let end = line_end(open_stream(vm, args[0], false)?, n);
    take(vm, args[0], end)
}

fn readlines(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let mut lines = Vec::new();
    loop {
        let s = open_stream(vm, args[0], false)?;
        if s.pos >= s.data.len() {
            break;
        }
        let end = line_end(s, None);
        lines.push(take(vm, args[0], end)?);
    }
    Ok(vm.new_list(lines))
}

fn next_line(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let end = line_end(open_stream(vm, args[0], false)?, None);
    let line = take(vm, args[0], end)?;
    if vm.len(line)? == 0 {
        return Err(vm.stop_iteration(Value::None));
    }
    Ok(line)
}

fn write(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let v = *args.get(1).ok_or_else(|| vm.type_error_msg("write() takes exactly one argument"))?;
    let text = stream(vm, args[0])?.text;
    let (bytes, count) = if text {
        match vm.as_str(v) {
            Some(s) => (s.as_bytes().to_vec(), s.chars().count()),
            None => return Err(vm.type_error_for("write() argument must be str, not ", v, "")),
        }
    } else {
        let b = buffer(vm, v)?;
        let n = b.len();
        (b, n)
    };
    // Writing past the end (after a seek) zero-fills the gap: reserve that too, or `seek(10**9)` then a
    // one-byte write would ask the host for a gigabyte and abort instead of raising MemoryError.
    let (pos, len, append) = {
        let s = stream(vm, args[0])?;
        (s.pos, s.data.len(), s.append)
    };
    let start = if append { len } else { pos };
    let growth = start.saturating_add(bytes.len()).saturating_sub(len);
    vm.text_fits(growth.max(bytes.len()))?;
    let s = open_stream(vm, args[0], true)?;
    if s.append {
        s.pos = s.data.len();
    }
    if s.pos > s.data.len() {
        s.data.resize(s.pos, 0);
    }
    // Overwrite what is there from the position, then append the rest.
    let kept = bytes.len().min(s.data.len() - s.pos);
    s.data[s.pos..s.pos + kept].copy_from_slice(&bytes[..kept]);
    s.data.extend_from_slice(&bytes[kept..]);
    s.pos += bytes.len();
    s.dirty = true;
    // The buffer is the stream's own: count its growth against the heap like a bytearray's.
    if let Value::Obj(r) = args[0] {
        vm.heap.resize(r);
    }
    Ok(Value::Int(count as i64))
}

fn writelines(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let lines = *args.get(1).ok_or_else(|| vm.type_error_msg("writelines() takes exactly one argument"))?;
    for line in vm.collect_iter(lines)? {
        write(vm, &[args[0], line], &[])?;
    }
    Ok(Value::None)
}

fn seek(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let offset = util::need(vm, args, kw, 1, "offset", "seek")?;
    let offset = vm.expect_index(offset)?;
    let whence = match arg(vm, args, kw, 2, "whence") {
        Some(w) => vm.expect_index(w)?,
        None => 0,
    };
    let s = live_stream(vm, args[0])?;
    let base = match whence {
        0 => 0,
        1 => s.pos as i64,
        2 => s.data.len() as i64,
        _ => return Err(util::os_error(vm, 22)),
    };
    let target = base.saturating_add(offset);
    if target < 0 {
        if whence == 0 {
            return Err(vm.value_error(format!("negative seek position {offset}")));
        }
        s.pos = 0;
    } else {
        s.pos = target.min(u32::MAX as i64) as usize;
    }
    Ok(Value::Int(s.pos as i64))
}

fn tell(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let s = live_stream(vm, args[0])?;
    Ok(Value::Int(s.pos as i64))
}

fn getvalue(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let s = live_stream(vm, args[0])?;
    let (data, text) = (s.data.clone(), s.text);
    Ok(if text { vm.new_string(String::from_utf8_lossy(&data).into_owned()) } else { vm.new_bytes(data) })
}

/// Write a file's contents to the drive in one piece if they changed.
fn sync(vm: &mut Vm, v: Value) -> PyResult<()> {
    let s = stream(vm, v)?;
    let Some(path) = s.path.clone().filter(|_| s.dirty) else { return Ok(()) };
    let data = s.data.clone();
    vm.host.fs().write(&path, &data).map_err(|e| fs_error(vm, e))?;
    if let Some(s) = vm.native_state_mut::<IoStream>(v) {
        s.dirty = false;
    }
    Ok(())
}

fn flush(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    live_stream(vm, args[0])?;
    sync(vm, args[0])?;
    Ok(Value::None)
}

/// `close()` (also `__exit__`): write back, then release the contents; closing twice is harmless.
fn close(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    if stream(vm, args[0])?.closed {
        return Ok(Value::None);
    }
    let result = sync(vm, args[0]);
    if let Some(s) = vm.native_state_mut::<IoStream>(args[0]) {
        s.closed = true;
        s.dirty = false;
        if s.path.is_some() {
            s.data = Vec::new();
        }
    }
    result.map(|_| Value::None)
}

/// `open(file, mode='r')`: modes r, w, a, x with optional `b`/`t` and `+`.
fn open(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let file = util::need(vm, args, kw, 0, "file", "open")?;
    let name = str_arg(vm, file)?;
    let mode = match arg(vm, args, kw, 1, "mode") {
        Some(m) => str_arg(vm, m)?,
        None => "r".to_string(),
    };
    // Exactly one of r/w/a/x, then any of b/t/+ (not both b and t).
    let (mut kind, mut kinds, mut plus, mut binary, mut text) = (b'r', 0, false, false, false);
    for c in mode.bytes() {
        match c {
            b'r' | b'w' | b'a' | b'x' => {
                kind = c;
                kinds += 1;
            }
            b'+' => plus = true,
            b'b' => binary = true,
            b't' => text = true,
            _ => kinds = 2,
        }
    }
    if kinds != 1 || binary && text {
        return Err(vm.value_error(format!("invalid mode: '{mode}'")));
    }
    let text = !binary;
    let path = resolve(vm, &name);
    let existing = match vm.host.fs().read(&path) {
        Ok(data) => Some(data),
        Err(FsError::NotFound) => None,
        Err(e) => return Err(fs_error(vm, e)),
    };
    if kind != b'r' || plus {
        check_writable(vm)?;
    }
    let data = match (kind, existing) {
        (b'r' | b'a', Some(d)) => d,
        (b'r', None) => return Err(fs_error(vm, FsError::NotFound)),
        (b'x', Some(_)) => return Err(fs_error(vm, FsError::Exists)),
        _ => {
            if !vm.host.fs().stat(crate::vfs::parent(&path)).is_ok_and(|st| st.is_dir) {
                return Err(fs_error(vm, FsError::NotFound));
            }
            Vec::new()
        }
    };
    vm.text_fits(data.len())?;
    let pos = if kind == b'a' { data.len() } else { 0 };
    let state = IoStream {
        data,
        pos,
        text,
        closed: false,
        readable: kind == b'r' || plus,
        writable: kind != b'r' || plus,
        append: kind == b'a',
        path: Some(path),
        dirty: kind != b'r',
    };
    let class = if text {
        util::class(vm, "TextIOWrapper", |vm| Ok(make_class(vm, "TextIOWrapper", None, false)))?
    } else {
        util::class(vm, "FileIO", |vm| Ok(make_class(vm, "FileIO", None, false)))?
    };
    Ok(vm.new_native_instance(class, Box::new(state)))
}
