//! The `FS` methods of the JS API on the board's drive (`readFile`, `writeFile`, `mkdir`, `readdir`, `unlink`,
//! `rmdir`, `rename`, `stat`). Paths may be relative (to `/`); they are normalised here.

use crate::Interpreter;
use circuitpython_core::vfs::{normalise, FileSystem, FsError};
use js_sys::{Array, Uint8Array};
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

#[wasm_bindgen]
impl Interpreter {
    pub fn fs_read(&self, path: &str) -> Result<Uint8Array, JsError> {
        let path = normalise(path);
        let data = self.fs.0.borrow_mut().read(&path).map_err(|e| fs_error(e, "open", &path))?;
        Ok(Uint8Array::from(data.as_slice()))
    }

    pub fn fs_write(&self, path: &str, data: &[u8]) -> Result<(), JsError> {
        let path = normalise(path);
        if path == "/" {
            return Err(fs_error(FsError::IsADirectory, "open", &path));
        }
        self.fs.0.borrow_mut().write(&path, data).map_err(|e| fs_error(e, "open", &path))
    }

    pub fn fs_mkdir(&self, path: &str) -> Result<(), JsError> {
        let path = normalise(path);
        self.fs.0.borrow_mut().mkdir(&path).map_err(|e| fs_error(e, "mkdir", &path))
    }

    pub fn fs_readdir(&self, path: &str) -> Result<Array, JsError> {
        let path = normalise(path);
        let names = self.fs.0.borrow_mut().list_dir(&path).map_err(|e| fs_error(e, "scandir", &path))?;
        Ok(names.iter().map(|n| JsValue::from_str(n)).collect())
    }

    pub fn fs_unlink(&self, path: &str) -> Result<(), JsError> {
        let path = normalise(path);
        self.fs.0.borrow_mut().remove(&path).map_err(|e| fs_error(e, "unlink", &path))
    }

    pub fn fs_rmdir(&self, path: &str) -> Result<(), JsError> {
        let path = normalise(path);
        if path == "/" {
            return Err(fs_error(FsError::ReadOnly, "rmdir", &path));
        }
        self.fs.0.borrow_mut().rmdir(&path).map_err(|e| fs_error(e, "rmdir", &path))
    }

    pub fn fs_rename(&self, from: &str, to: &str) -> Result<(), JsError> {
        let (from, to) = (normalise(from), normalise(to));
        if from == "/" || to == "/" || to.starts_with(&format!("{from}/")) {
            return Err(JsError::new(&format!("EINVAL: invalid argument, rename '{from}' -> '{to}'")));
        }
        self.fs.0.borrow_mut().rename(&from, &to).map_err(|e| fs_error(e, "rename", &from))
    }

    /// `{isDirectory, size, mtime}`.
    pub fn fs_stat(&self, path: &str) -> Result<JsValue, JsError> {
        let path = normalise(path);
        let st = self.fs.0.borrow_mut().stat(&path).map_err(|e| fs_error(e, "stat", &path))?;
        Ok(crate::object(&[
            ("isDirectory", JsValue::from_bool(st.is_dir)),
            ("size", JsValue::from_f64(st.size as f64)),
            ("mtime", JsValue::from_f64(st.mtime as f64)),
        ]))
    }
}
