//! The `FS` methods of the JS API on the board's drive (`readFile`, `writeFile`, `mkdir`, `readdir`, `unlink`,
//! `rmdir`, `rename`, `stat`): the `FS_*` operations of `Interpreter::op`. Paths may be relative (to `/`); they
//! are normalised here.

use crate::bridge::{bytes, bytes_to_js, strings};
use crate::{object, op, Args, Interpreter};
use circuitpython_core::vfs::{normalise, FileSystem, FsError};
use wasm_bindgen::prelude::*;

fn fs_error(e: FsError, op: &str, path: &str) -> JsError {
    let (code, text) = match e {
        FsError::NotFound => ("ENOENT", "no such file or directory"),
        FsError::Exists => ("EEXIST", "file already exists"),
        FsError::NotADirectory => ("ENOTDIR", "not a directory"),
        FsError::IsADirectory => ("EISDIR", "is a directory"),
        FsError::NotEmpty => ("ENOTEMPTY", "directory not empty"),
        FsError::ReadOnly => ("EROFS", "read-only file system"),
        FsError::Io => ("EIO", "input/output error"),
    };
    JsError::new(&format!("{code}: {text}, {op} '{path}'"))
}

impl Interpreter {
    /// The `FS_*` operation `code` on the path `a` (`b`: the data to write, or where to rename to).
    pub(crate) fn fs_op(&self, code: u32, args: &Args) -> Result<JsValue, JsError> {
        let path = normalise(&args.a_text);
        let mut fs = self.fs.0.borrow_mut();
        let done = |_| JsValue::UNDEFINED;
        let (name, result) = match code {
            op::FS_READ => ("open", fs.read(&path).map(|data| bytes_to_js(&data))),
            op::FS_WRITE if path == "/" => ("open", Err(FsError::IsADirectory)),
            op::FS_WRITE => ("open", fs.write(&path, &bytes(args.b)).map(done)),
            op::FS_MKDIR => ("mkdir", fs.mkdir(&path).map(done)),
            op::FS_READDIR => ("scandir", fs.list_dir(&path).map(|names| strings(&names).into())),
            op::FS_UNLINK => ("unlink", fs.remove(&path).map(done)),
            op::FS_RMDIR if path == "/" => ("rmdir", Err(FsError::ReadOnly)),
            op::FS_RMDIR => ("rmdir", fs.rmdir(&path).map(done)),
            op::FS_RENAME => {
                let to = normalise(&args.b_text);
                if path == "/" || to == "/" || to.starts_with(&format!("{path}/")) {
                    return Err(JsError::new(&format!("EINVAL: invalid argument, rename '{path}' -> '{to}'")));
                }
                ("rename", fs.rename(&path, &to).map(done))
            }
            // `{isDirectory, size, mtime}`.
            _ => (
                "stat",
                fs.stat(&path).map(|st| {
                    object(&[
                        ("isDirectory", JsValue::from_bool(st.is_dir)),
                        ("size", JsValue::from_f64(st.size as f64)),
                        ("mtime", JsValue::from_f64(st.mtime as f64)),
                    ])
                }),
            ),
        };
        result.map_err(|e| fs_error(e, name, &path))
    }
}
