//! `import`: `sys.modules`, native modules (Rust), frozen modules (Python source in the binary), and `.py`
//! files and packages on the board's drive along `sys.path` (`['', '/', '.frozen', '/lib']`).

use super::{PyErr, PyResult, Vm};
use crate::bytecode::Mode;
use crate::heap::Obj;
use crate::objects::module::Module;
use crate::value::{ObjRef, Value};

pub const DEFAULT_PATH: [&str; 4] = ["", "/", ".frozen", "/lib"];

/// A module found by `prepare_import`.
pub(crate) enum Prepared {
    /// Already imported, native, or nothing left to run.
    Ready(Value),
    /// Registered in `sys.modules`; its body still has to run in `dict`.
    Body { module: Value, code: std::rc::Rc<super::code::Code>, dict: ObjRef },
}

impl Vm {
    pub fn new_module(&mut self, name: &str) -> (Value, ObjRef) {
        let dict = self.new_dict();
        let n = self.new_str(name);
        self.dict_set_str(dict, "__name__", n);
        let m = self.heap.alloc(Obj::Module(Module { name: n, dict }));
        (Value::Obj(m), dict)
    }

    /// `import name` (absolute, after resolving `level`), returning what the statement binds: the top-level
    /// package when `fromlist` is empty, else the named module itself.
    pub fn import(&mut self, name: &str, fromlist: Value, level: u32, globals: ObjRef) -> PyResult<Value> {
        let full = if level > 0 { self.resolve_relative(name, level, globals)? } else { name.to_string() };
        if full.is_empty() {
            return Err(self.new_error(self.exc.import_error, "can't perform relative import"));
        }
        let mut module = Value::None;
        let mut top = Value::None;
        let mut prefix = String::new();
        for (i, part) in full.split('.').enumerate() {
            if i > 0 {
                prefix.push('.');
            }
            prefix.push_str(part);
            module = self.import_one(&prefix)?;
            if i == 0 {
                top = module;
            }
        }
        let want_leaf = !fromlist.is_none() && self.seq_items(fromlist).is_none_or(|l| !l.is_empty());
        if want_leaf || level > 0 && name.is_empty() {
            Ok(module)
        } else if level > 0 {
            // `from . import x` binds names from the package; `import` with level > 0 is not valid syntax.
            Ok(module)
        } else {
            Ok(top)
        }
    }

    fn resolve_relative(&mut self, name: &str, level: u32, globals: ObjRef) -> PyResult<String> {
        let pkg = match self.dict_get_str(globals, "__package__") {
            Some(p) if self.as_str(p).is_some() => self.as_str(p).unwrap_or("").to_string(),
            _ => {
                let modname = self.dict_get_str(globals, "__name__").and_then(|n| self.as_str(n).map(String::from));
                let is_pkg = self.dict_get_str(globals, "__path__").is_some();
                match modname {
                    Some(m) if is_pkg => m,
                    Some(m) => m.rsplit_once('.').map(|(p, _)| p.to_string()).unwrap_or_default(),
                    None => String::new(),
                }
            }
        };
        if pkg.is_empty() || pkg == "__main__" {
            return Err(self.new_error(self.exc.import_error, "can't perform relative import"));
        }
        // Each level above the first drops the package's last component.
        let mut parent = pkg.as_str();
        for _ in 1..level {
            parent = match parent.rsplit_once('.') {
                Some((p, _)) => p,
                None if !parent.is_empty() => "",
                None => return Err(self.new_error(self.exc.import_error, "can't perform relative import")),
            };
        }
        let mut base = parent.to_string();
        if !name.is_empty() {
            if !base.is_empty() {
                base.push('.');
            }
            base.push_str(name);
        }
        Ok(base)
    }

    /// Import one module by its full dotted name (its parent package already imported), running its body to
    /// completion in a nested run.
    pub fn import_one(&mut self, full: &str) -> PyResult<Value> {
        match self.prepare_import(full)? {
            Prepared::Ready(m) => Ok(m),
            Prepared::Body { module, code, dict } => {
                if let Err(e) = self.run_module_body(code, dict) {
                    self.forget_module(full);
                    return Err(e);
                }
                self.bind_submodule(full, module)?;
                Ok(module)
            }
        }
    }

    /// Find `full` and make its module object (registered in `sys.modules`); a module from source still has
    /// its body to run, by the caller: nested, or as a frame of the instruction loop (`import x` statements).
    pub(crate) fn prepare_import(&mut self, full: &str) -> PyResult<Prepared> {
        let key = self.new_str(full);
        if let Some(m) = self.dict_get(self.modules, key)? {
            return Ok(Prepared::Ready(m));
        }
        if let Some(init) = self.native_module(full) {
            let (m, dict) = self.new_module(full);
            self.dict_set(self.modules, key, m)?;
            if let Err(e) = init(self, dict) {
                let _ = self.dict_del(self.modules, key);
                return Err(e);
            }
            self.bind_submodule(full, m)?;
            return Ok(Prepared::Ready(m));
        }
        let Some((source, file, is_pkg)) = self.find_module_source(full) else {
            return Err(self.no_module(full));
        };
        let (m, dict) = self.new_module(full);
        let f = self.new_str(&file);
        self.dict_set_str(dict, "__file__", f);
        // A package is its own `__package__` and has a `__path__`; a module's is its parent's name.
        let pkg = if is_pkg {
            let p = self.new_str(file.rsplit_once('/').map_or("", |(d, _)| d));
            let path = self.new_list(vec![p]);
            self.dict_set_str(dict, "__path__", path);
            full
        } else {
            full.rsplit_once('.').map_or("", |(p, _)| p)
        };
        let pk = self.new_str(pkg);
        self.dict_set_str(dict, "__package__", pk);
        let code = self.compile_source(&source, file.strip_prefix('/').unwrap_or(&file), Mode::Exec)?;
        self.dict_set(self.modules, key, m)?;
        Ok(Prepared::Body { module: m, code, dict })
    }

    /// Drop a module whose body failed from `sys.modules`, so a later import tries again.
    pub(crate) fn forget_module(&mut self, full: &str) {
        let key = self.new_str(full);
        let _ = self.dict_del(self.modules, key);
    }

    /// Make `pkg.sub` reachable as an attribute of `pkg`.
    fn bind_submodule(&mut self, full: &str, m: Value) -> PyResult<()> {
        if let Some((parent, child)) = full.rsplit_once('.') {
            let pk = self.new_str(parent);
            if let Some(Value::Obj(p)) = self.dict_get(self.modules, pk)? {
                if let Obj::Module(pm) = self.heap.get(p) {
                    let d = pm.dict;
                    self.dict_set_str(d, child, m);
                }
            }
        }
        Ok(())
    }

    /// Run a module's body in its namespace, waiting for it (a nested run).
    pub fn run_module_body(&mut self, code: std::rc::Rc<super::code::Code>, dict: ObjRef) -> PyResult<()> {
        self.run_code_in(code, dict, dict).map(|_| ())
    }

    /// The search path: `sys.path` if the program changed it, else the default.
    fn search_path(&mut self) -> Vec<String> {
        let key = self.new_str("sys");
        if let Ok(Some(Value::Obj(sys))) = self.dict_get(self.modules, key) {
            if let Obj::Module(m) = self.heap.get(sys) {
                let d = m.dict;
                if let Some(p) = self.dict_get_str(d, "path") {
                    if let Some(items) = self.seq_items(p) {
                        let mut path = Vec::with_capacity(items.len());
                        for v in items {
                            if let Some(s) = self.as_str(v) {
                                path.push(s.to_string());
                            }
                        }
                        return path;
                    }
                }
            }
        }
        let mut path = Vec::with_capacity(DEFAULT_PATH.len());
        for s in DEFAULT_PATH {
            path.push(s.to_string());
        }
        path
    }

    /// Find `full`'s source: (source, path, is_package).
    fn find_module_source(&mut self, full: &str) -> Option<(String, String, bool)> {
        let rel = full.replace('.', "/");
        for entry in self.search_path() {
            if entry == ".frozen" {
                let init = format!("{full}.__init__");
                for (name, tail, is_pkg) in [(full, ".py", false), (&init, "/__init__.py", true)] {
                    if let Some(src) = self.frozen_module(name) {
                        return Some((src.to_string(), format!(".frozen/{rel}{tail}"), is_pkg));
                    }
                }
                continue;
            }
            // `/dir/rel`: entries "" and "/" are the drive's root, and a relative entry is taken from there.
            let dir = entry.trim_end_matches('/');
            let mut base = String::new();
            if !dir.is_empty() && !dir.starts_with('/') {
                base.push('/');
            }
            base.push_str(dir);
            base.push('/');
            base.push_str(&rel);
            for (tail, is_pkg) in [(".py", false), ("/__init__.py", true)] {
                let file = base.clone() + tail;
                if let Ok(data) = self.host.fs().read(&file) {
                    return Some((String::from_utf8_lossy(&data).into_owned(), file, is_pkg));
                }
            }
            // A namespace package: a directory without __init__.py.
            if self.host.fs().stat(&base).is_ok_and(|st| st.is_dir) {
                return Some((String::new(), base + "/__init__.py", true));
            }
        }
        None
    }

    /// `from module import name`.
    pub fn import_from(&mut self, module: Value, name: Value) -> PyResult<Value> {
        match self.getattr(module, name) {
            Ok(v) => Ok(v),
            Err(e) if self.error_matches(&e, self.exc.attribute_error) => {
                let n = self.as_str(name).unwrap_or("").to_string();
                // A submodule not imported yet.
                let modname = self.getattr_str(module, "__name__").ok().and_then(|m| self.as_str(m).map(String::from));
                if let Some(m) = modname {
                    let full = format!("{m}.{n}");
                    match self.import_one(&full) {
                        Ok(v) => return Ok(v),
                        Err(e2) => {
                            let missing = self.error_matches(&e2, self.exc.import_error);
                            if !missing {
                                return Err(e2);
                            }
                        }
                    }
                }
                Err(self.new_error(self.exc.import_error, format!("can't import name {n}")))
            }
            Err(e) => Err(e),
        }
    }

    /// `from module import *`.
    pub fn import_star(&mut self, module: Value, ns: ObjRef) -> PyResult<()> {
        let Value::Obj(r) = module else { return Ok(()) };
        let Obj::Module(m) = self.heap.get(r) else { return Ok(()) };
        let dict = m.dict;
        let names = match self.dict_get_str(dict, "__all__") {
            Some(all) => self.collect_iter(all)?,
            None => {
                let mut public = self.dict_store(dict).keys();
                public.retain(|k| self.as_str(*k).is_some_and(|s| !s.starts_with('_')));
                public
            }
        };
        for n in names {
            let v = self.getattr(module, n)?;
            self.dict_set(ns, n, v)?;
        }
        Ok(())
    }

    /// Error for a failed import, as CircuitPython words it.
    pub fn no_module(&self, name: &str) -> PyErr {
        self.new_error(self.exc.import_error, format!("no module named '{name}'"))
    }
}
