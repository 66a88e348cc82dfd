//! `os`: the board's drive as CircuitPython's `os` shows it (listdir, stat, mkdir, rmdir, remove, rename,
//! getcwd/chdir relative to a working directory kept here), `uname`, `getenv` from `/settings.toml`,
//! `urandom` and `sep`. `DriveState` also holds whether code may write to the drive (`storage.remount`).

use super::sys::BoardIdentity;
use super::util::{self, arg};
use crate::objects::function::Kwargs;
use crate::value::{ObjRef, Value};
use crate::vfs::FsError;
use crate::vm::{PyErr, PyResult, Vm};

const S_IFDIR: i64 = 0o040000;
const S_IFREG: i64 = 0o100000;
pub(crate) const RELEASE: &str = "10.0.0";

/// The working directory and the drive's writability to code, shared by `os` and `open()`.
pub struct DriveState {
    pub cwd: String,
    /// False once the drive is mounted read-only to code; `storage.remount` flips it. Writable by default
    /// until the board layer mounts it read-only as a real board does without `boot.py`.
    pub writable: bool,
}
crate::keyed_type!(DriveState);

impl Default for DriveState {
    fn default() -> Self {
        DriveState { cwd: "/".into(), writable: true }
    }
}

pub fn drive(vm: &mut Vm) -> &mut DriveState {
    if vm.extension::<DriveState>().is_none() {
        vm.set_extension(DriveState::default());
    }
    vm.extension_mut::<DriveState>().expect("DriveState was just set")
}

/// `OSError(errno)` for a file-system failure.
pub fn fs_error(vm: &mut Vm, e: FsError) -> PyErr {
    util::os_error(vm, e.errno())
}

/// `OSError(EROFS)` unless code may write to the drive.
pub fn check_writable(vm: &mut Vm) -> PyResult<()> {
    if drive(vm).writable {
        Ok(())
    } else {
        Err(fs_error(vm, FsError::ReadOnly))
    }
}

/// An absolute, normalised path for `path` taken relative to the working directory.
pub fn resolve(vm: &mut Vm, path: &str) -> String {
    let joined = if path.starts_with('/') { path.to_string() } else { format!("{}/{}", drive(vm).cwd, path) };
    crate::vfs::normalise(&joined)
}

/// A str argument, copied.
pub fn str_arg(vm: &Vm, v: Value) -> PyResult<String> {
    vm.as_str(v).map(str::to_string).ok_or_else(|| vm.type_error_msg("can't convert to str implicitly"))
}

/// A path argument (str) resolved against the working directory.
pub fn path_arg(vm: &mut Vm, v: Option<Value>, func: &str) -> PyResult<String> {
    let v = v.ok_or_else(|| vm.type_error_msg(format!("{func}() missing required argument 'path'")))?;
    let s = str_arg(vm, v)?;
    Ok(resolve(vm, &s))
}

pub fn init(vm: &mut Vm, dict: ObjRef) -> PyResult<()> {
    util::add_functions(
        vm,
        dict,
        &[
            ("listdir", listdir),
            ("stat", stat),
            ("statvfs", statvfs),
            ("rename", rename),
            ("getcwd", getcwd),
            ("sync", |_vm, _a, _k| Ok(Value::None)),
            ("uname", uname),
            ("getenv", getenv),
            ("urandom", urandom),
        ],
    );
    // The functions of one path argument share one native, bound to their index in `PATH_OPS`.
    for (i, name) in PATH_OPS.iter().enumerate() {
        let f = vm.new_native_bound(name, path_op, Value::Int(i as i64));
        vm.dict_set_str(dict, name, f);
    }
    let sep = vm.new_str("/");
    vm.dict_set_str(dict, "sep", sep);
    Ok(())
}

fn listdir(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let path = match arg(vm, args, kw, 0, "path") {
        Some(v) => path_arg(vm, Some(v), "listdir")?,
        None => drive(vm).cwd.clone(),
    };
    let names = vm.host.fs().list_dir(&path).map_err(|e| fs_error(vm, e))?;
    let items = util::str_values(vm, &names);
    Ok(vm.new_list(items))
}

/// `stat(path)`: (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime) as CircuitPython fills it.
fn stat(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let path = path_arg(vm, arg(vm, args, kw, 0, "path"), "stat")?;
    let st = vm.host.fs().stat(&path).map_err(|e| fs_error(vm, e))?;
    let mode = if st.is_dir { S_IFDIR } else { S_IFREG };
    let t = st.mtime as i64;
    let items = [mode, 0, 0, 0, 0, 0, st.size as i64, t, t, t].map(Value::Int).to_vec();
    Ok(vm.new_tuple(items))
}

/// `statvfs(path)`: a drive of 512-byte blocks; the in-memory drive has no fixed size, so it reports the
/// capacity of a 1 MiB CIRCUITPY drive with the space its files use taken off.
fn statvfs(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let path = path_arg(vm, arg(vm, args, kw, 0, "path"), "statvfs")?;
    vm.host.fs().stat(&path).map_err(|e| fs_error(vm, e))?;
    let used = used_bytes(vm, "/").div_ceil(512) as i64;
    let total = 2048i64;
    let free = (total - used).max(0);
    let items = [512, 512, total, free, free, 0, 0, 0, 0, 255].map(Value::Int).to_vec();
    Ok(vm.new_tuple(items))
}

fn used_bytes(vm: &mut Vm, dir: &str) -> u64 {
    let names = vm.host.fs().list_dir(dir).unwrap_or_default();
    let mut total = 0;
    for n in names {
        let p = format!("{}/{n}", if dir == "/" { "" } else { dir });
        match vm.host.fs().stat(&p) {
            Ok(st) if st.is_dir => total += used_bytes(vm, &p),
            Ok(st) => total += st.size,
            Err(_) => {}
        }
    }
    total
}

const PATH_OPS: [&str; 6] = ["mkdir", "rmdir", "remove", "unlink", "utime", "chdir"];

/// `mkdir`, `rmdir`, `remove`/`unlink`, `utime` (the drive keeps no settable times, so it only checks that
/// the path exists) and `chdir`, by their index in `PATH_OPS`.
fn path_op(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let op = match args[0] {
        Value::Int(i) => i as usize,
        _ => 0,
    };
    let path = path_arg(vm, arg(vm, args, kw, 1, "path"), PATH_OPS[op])?;
    let chdir = op == 5;
    if !chdir {
        check_writable(vm)?;
    }
    let fs = vm.host.fs();
    let done = match op {
        0 => fs.mkdir(&path),
        1 => match fs.stat(&path) {
            Ok(st) if !st.is_dir => Err(FsError::NotADirectory),
            _ if fs.list_dir(&path).is_ok_and(|names| !names.is_empty()) => Err(FsError::NotEmpty),
            _ => fs.rmdir(&path),
        },
        2 | 3 => fs.remove(&path),
        _ => match fs.stat(&path) {
            Ok(st) if chdir && !st.is_dir => Err(FsError::NotADirectory),
            r => r.map(drop),
        },
    };
    done.map_err(|e| fs_error(vm, e))?;
    if chdir {
        drive(vm).cwd = path;
    }
    Ok(Value::None)
}

/// `rename(old, new)`: the target must not exist yet (FAT semantics on the device).
fn rename(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let from = path_arg(vm, arg(vm, args, kw, 0, "old_path"), "rename")?;
    let to = path_arg(vm, arg(vm, args, kw, 1, "new_path"), "rename")?;
    check_writable(vm)?;
    vm.host.fs().stat(&from).map_err(|e| fs_error(vm, e))?;
    if vm.host.fs().stat(&to).is_ok() {
        return Err(fs_error(vm, FsError::Exists));
    }
    let inside = to.strip_prefix(from.as_str()).is_some_and(|rest| rest.starts_with('/'));
    if !vm.host.fs().stat(crate::vfs::parent(&to)).is_ok_and(|st| st.is_dir) || inside {
        return Err(fs_error(vm, FsError::NotFound));
    }
    vm.host.fs().rename(&from, &to).map_err(|e| fs_error(vm, e))?;
    Ok(Value::None)
}

fn getcwd(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let cwd = drive(vm).cwd.clone();
    Ok(vm.new_string(cwd))
}

const UNAME_FIELDS: [&str; 5] = ["sysname", "nodename", "release", "version", "machine"];

/// `uname()`: (sysname, nodename, release, version, machine), printed as a bare attribute tuple.
fn uname(vm: &mut Vm, _args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let board = match vm.extension::<BoardIdentity>() {
        Some(b) => (b.platform.to_ascii_lowercase(), b.machine.clone()),
        None => {
            let d = BoardIdentity::default();
            (d.platform.to_ascii_lowercase(), d.machine)
        }
    };
    let class = util::class(vm, "uname_result", |vm| {
        let c = super::collections::make_namedtuple(vm, "uname_result", &UNAME_FIELDS)?;
        let repr = vm.new_native("__repr__", uname_repr, crate::objects::function::NativeKind::Method);
        vm.type_dict_set(c, "__repr__", repr);
        Ok(c)
    })?;
    let version = format!("{RELEASE} on 2025-01-01");
    let items =
        util::str_values(vm, &[board.0.as_str(), board.0.as_str(), RELEASE, version.as_str(), board.1.as_str()]);
    Ok(super::collections::new_namedtuple(vm, class, items))
}

/// MicroPython prints attribute tuples without a class name: `(sysname='rp2040', ...)`.
fn uname_repr(vm: &mut Vm, args: &[Value], _kw: Kwargs) -> PyResult<Value> {
    let items = vm.seq_items(args[0]).ok_or_else(|| vm.type_error_msg("uname_result expected"))?;
    super::collections::fields_repr(vm, args[0], items, String::new())
}

/// `getenv(key, default=None)`: a top-level `KEY = "string"` or `KEY = integer` of `/settings.toml`.
fn getenv(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let key = util::need(vm, args, kw, 0, "key", "getenv")?;
    let key = str_arg(vm, key)?;
    let default = arg(vm, args, kw, 1, "default").unwrap_or(Value::None);
    let Ok(data) = vm.host.fs().read("/settings.toml") else { return Ok(default) };
    let text = String::from_utf8_lossy(&data);
    match settings_value(&text, &key) {
        Some(Setting::Str(s)) => Ok(vm.new_string(s)),
        Some(Setting::Int(i)) => Ok(Value::Int(i)),
        None => Ok(default),
    }
}

enum Setting {
    Str(String),
    Int(i64),
}

/// The value of `key` in the part of a settings.toml before its first `[table]`.
fn settings_value(text: &str, key: &str) -> Option<Setting> {
    for line in text.lines() {
        let line = line.trim();
        if line.starts_with('[') {
            return None;
        }
        let Some((k, v)) = line.split_once('=') else { continue };
        if k.trim().trim_matches('"') != key || line.starts_with('#') {
            continue;
        }
        return parse_setting(v.trim());
    }
    None
}

fn parse_setting(v: &str) -> Option<Setting> {
    if let Some(rest) = v.strip_prefix('"') {
        let mut out = String::new();
        let mut chars = rest.chars();
        while let Some(c) = chars.next() {
            match c {
                '"' => return Some(Setting::Str(out)),
                '\\' => match chars.next()? {
                    'n' => out.push('\n'),
                    't' => out.push('\t'),
                    'r' => out.push('\r'),
                    'b' => out.push('\u{8}'),
                    'f' => out.push('\u{c}'),
                    c @ ('u' | 'U') => {
                        let n = if c == 'u' { 4 } else { 8 };
                        let rest = chars.as_str();
                        let hex = rest.get(..n)?;
                        // i64's parser, which the ints below need anyway; a code point is never negative.
                        let code = u32::try_from(i64::from_str_radix(hex, 16).ok()?).ok()?;
                        out.push(char::from_u32(code)?);
                        chars = rest[n..].chars();
                    }
                    other => out.push(other),
                },
                c => out.push(c),
            }
        }
        return None;
    }
    let v = v.split('#').next().unwrap_or("").trim().replace('_', "");
    let (neg, digits) = match v.strip_prefix('-') {
        Some(d) => (true, d),
        None => (false, v.trim_start_matches('+')),
    };
    let (radix, digits) = match digits.strip_prefix("0x").or_else(|| digits.strip_prefix("0X")) {
        Some(h) => (16, h),
        None => (10, digits),
    };
    let n = i64::from_str_radix(digits, radix).ok()?;
    Some(Setting::Int(if neg { -n } else { n }))
}

fn urandom(vm: &mut Vm, args: &[Value], kw: Kwargs) -> PyResult<Value> {
    let n = util::need(vm, args, kw, 0, "size", "urandom")?;
    let n = vm.expect_index(n)?;
    if n < 0 {
        return Err(vm.value_error("negative count"));
    }
    let n = vm.count_fits(n)?;
    let mut out = Vec::with_capacity(n);
    while out.len() < n {
        let r = vm.host.random_u64().to_le_bytes();
        let take = (n - out.len()).min(8);
        out.extend_from_slice(&r[..take]);
    }
    Ok(vm.new_bytes(out))
}

/// For the board's `storage.remount`: whether code may write to the drive from now on.
pub fn set_drive_writable(vm: &mut Vm, writable: bool) {
    drive(vm).writable = writable;
}
