//! The board's drive as the core sees it: a small file-system trait, and `MemFs`, an in-memory drive used by
//! the WebAssembly build and the tests. Paths are absolute, `/`-separated, already normalised by the caller.

/// An absolute path without `.`, `..`, empty parts or a trailing slash (`..` above `/` stays at `/`).
pub fn normalise(path: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    let mut out = String::new();
    for part in parts {
        out.push('/');
        out.push_str(part);
    }
    if out.is_empty() {
        out.push('/');
    }
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FsError {
    NotFound,
    Exists,
    NotADirectory,
    IsADirectory,
    NotEmpty,
    ReadOnly,
    Io,
}

impl FsError {
    /// The `errno` value CircuitPython reports in `OSError`.
    pub fn errno(self) -> i64 {
        match self {
            FsError::NotFound => 2,
            FsError::Io => 5,
            FsError::Exists => 17,
            FsError::NotADirectory => 20,
            FsError::IsADirectory => 21,
            FsError::NotEmpty => 39,
            FsError::ReadOnly => 30,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stat {
    pub is_dir: bool,
    pub size: u64,
    pub mtime: u64,
}

pub trait FileSystem {
    fn read(&mut self, path: &str) -> Result<Vec<u8>, FsError>;
    /// Replace the whole file atomically: afterwards it holds `data`, or (on error) what it held before.
    fn write(&mut self, path: &str, data: &[u8]) -> Result<(), FsError>;
    fn stat(&mut self, path: &str) -> Result<Stat, FsError>;
    /// Names in a directory, sorted.
    fn list_dir(&mut self, path: &str) -> Result<Vec<String>, FsError>;
    fn mkdir(&mut self, path: &str) -> Result<(), FsError>;
    fn remove(&mut self, path: &str) -> Result<(), FsError>;
    fn rmdir(&mut self, path: &str) -> Result<(), FsError>;
    fn rename(&mut self, from: &str, to: &str) -> Result<(), FsError>;
}

/// An in-memory drive. Directories are implied by their entries and by explicit `mkdir`; `/` always exists.
/// Files are a list sorted by path and found by binary search, directories a plain list: a drive holds at most
/// a few thousand entries, and hash or ordered maps would each bring their own copy of their code into the
/// WebAssembly build (2 KB and more).
#[derive(Debug, Clone)]
pub struct MemFs {
    files: Vec<(String, Vec<u8>)>,
    dirs: Vec<String>,
}

/// The directory holding `path` (an absolute, normalised path); `/` for `/` itself.
pub fn parent(path: &str) -> &str {
    match path.rfind('/') {
        Some(0) | None => "/",
        Some(i) => &path[..i],
    }
}

impl MemFs {
    pub fn new() -> Self {
        MemFs { files: Vec::new(), dirs: vec!["/".to_string()] }
    }

    /// Where `path` is in `files`, or where it would go.
    fn find(&self, path: &str) -> Result<usize, usize> {
        self.files.binary_search_by(|(p, _)| p.as_str().cmp(path))
    }

    fn file(&self, path: &str) -> Option<&Vec<u8>> {
        self.find(path).ok().map(|i| &self.files[i].1)
    }

    fn insert_file(&mut self, path: String, data: Vec<u8>) {
        match self.find(&path) {
            Ok(i) => self.files[i].1 = data,
            Err(i) => self.files.insert(i, (path, data)),
        }
    }

    fn is_dir(&self, path: &str) -> bool {
        self.dirs.iter().any(|d| d == path)
    }

    fn make_parents(&mut self, path: &str) {
        let mut p = parent(path).to_string();
        while !self.is_dir(&p) {
            self.dirs.push(p.clone());
            p = parent(&p).to_string();
        }
    }
}

impl Default for MemFs {
    fn default() -> Self {
        MemFs::new()
    }
}

impl FileSystem for MemFs {
    fn read(&mut self, path: &str) -> Result<Vec<u8>, FsError> {
        if self.is_dir(path) {
            return Err(FsError::IsADirectory);
        }
        self.file(path).cloned().ok_or(FsError::NotFound)
    }

    fn write(&mut self, path: &str, data: &[u8]) -> Result<(), FsError> {
        if self.is_dir(path) {
            return Err(FsError::IsADirectory);
        }
        self.make_parents(path);
        self.insert_file(path.to_string(), data.to_vec());
        Ok(())
    }

    fn stat(&mut self, path: &str) -> Result<Stat, FsError> {
        if self.is_dir(path) {
            return Ok(Stat { is_dir: true, size: 0, mtime: 0 });
        }
        self.file(path).map(|d| Stat { is_dir: false, size: d.len() as u64, mtime: 0 }).ok_or(FsError::NotFound)
    }

    fn list_dir(&mut self, path: &str) -> Result<Vec<String>, FsError> {
        if !self.is_dir(path) {
            return Err(if self.find(path).is_ok() { FsError::NotADirectory } else { FsError::NotFound });
        }
        let prefix = if path == "/" { "/".to_string() } else { format!("{path}/") };
        let mut names = Vec::new();
        for p in self.files.iter().map(|(p, _)| p).chain(&self.dirs) {
            if let Some(name) = p.strip_prefix(&prefix).filter(|rest| !rest.is_empty() && !rest.contains('/')) {
                names.push(name.to_string());
            }
        }
        crate::objects::sort::sort_strings(&mut names);
        names.dedup();
        Ok(names)
    }

    fn mkdir(&mut self, path: &str) -> Result<(), FsError> {
        if self.is_dir(path) || self.find(path).is_ok() {
            return Err(FsError::Exists);
        }
        if !self.is_dir(parent(path)) {
            return Err(FsError::NotFound);
        }
        self.dirs.push(path.to_string());
        Ok(())
    }

    fn remove(&mut self, path: &str) -> Result<(), FsError> {
        if self.is_dir(path) {
            return Err(FsError::IsADirectory);
        }
        let i = self.find(path).map_err(|_| FsError::NotFound)?;
        self.files.remove(i);
        Ok(())
    }

    fn rmdir(&mut self, path: &str) -> Result<(), FsError> {
        if !self.is_dir(path) {
            return Err(FsError::NotFound);
        }
        if !self.list_dir(path)?.is_empty() {
            return Err(FsError::NotEmpty);
        }
        self.dirs.retain(|d| d != path);
        Ok(())
    }

    fn rename(&mut self, from: &str, to: &str) -> Result<(), FsError> {
        if let Ok(i) = self.find(from) {
            let (_, data) = self.files.remove(i);
            self.make_parents(to);
            self.insert_file(to.to_string(), data);
            Ok(())
        } else if self.is_dir(from) {
            let inside = format!("{from}/");
            // The files under `from` are one run of the sorted list (taken out one by one: a drive is small, and
            // `drain` would bring its own code into the WebAssembly build for this alone).
            let start = self.find(&inside).unwrap_or_else(|i| i);
            let mut moved = Vec::new();
            while self.files.get(start).is_some_and(|(k, _)| k.starts_with(&inside)) {
                moved.push(self.files.remove(start));
            }
            for d in &mut self.dirs {
                if d == from || d.starts_with(&inside) {
                    *d = format!("{to}{}", &d[from.len()..]);
                }
            }
            // A directory moved onto one that existed then stands twice in the list, which nothing minds:
            // `list_dir` drops repeated names and `rmdir` removes every copy.
            for (path, data) in moved {
                self.insert_file(format!("{to}{}", &path[from.len()..]), data);
            }
            Ok(())
        } else {
            Err(FsError::NotFound)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_directory_renamed_onto_another_is_listed_once() {
        let mut fs = MemFs::default();
        for d in ["/a", "/a/sub", "/b", "/b/sub"] {
            fs.mkdir(d).expect("mkdir");
        }
        fs.write("/a/sub/f.py", b"x = 1").expect("write");
        fs.rename("/a", "/b").expect("rename");
        assert_eq!(fs.list_dir("/").expect("list /"), vec!["b".to_string()]);
        assert_eq!(fs.list_dir("/b").expect("list /b"), vec!["sub".to_string()]);
        assert_eq!(fs.read("/b/sub/f.py").expect("moved file"), b"x = 1");
        fs.remove("/b/sub/f.py").expect("remove");
        fs.rmdir("/b/sub").expect("rmdir");
        assert!(fs.list_dir("/b").expect("list /b").is_empty(), "no second /b/sub left behind");
    }

    #[test]
    fn a_default_drive_has_its_root_for_mkdir_and_listing() {
        let mut fs = MemFs::default();
        fs.mkdir("/lib").expect("mkdir under the root");
        fs.write("/code.py", b"print(1)").expect("write");
        assert_eq!(fs.list_dir("/").expect("list"), vec!["code.py".to_string(), "lib".to_string()]);
        assert_eq!(fs.mkdir("/lib"), Err(FsError::Exists));
        assert_eq!(fs.mkdir("/a/b"), Err(FsError::NotFound));
    }

    #[test]
    fn a_directory_moves_with_exactly_its_files() {
        let mut fs = MemFs::default();
        // Neighbours in sort order on both sides of "/lib/": "/lib.py", "/lib-old/x", "/lib0".
        for (path, data) in [("/lib/b.py", "b"), ("/lib/a/c.py", "c"), ("/lib.py", "1"), ("/lib-old/x", "2")] {
            fs.write(path, data.as_bytes()).expect("write");
        }
        fs.write("/lib0", b"3").expect("write");
        fs.write("/lib/b.py", b"b2").expect("overwrite");
        fs.mkdir("/z").expect("mkdir");
        fs.rename("/lib", "/z/new").expect("rename");
        assert_eq!(fs.read("/z/new/b.py").expect("moved"), b"b2");
        assert_eq!(fs.read("/z/new/a/c.py").expect("moved"), b"c");
        assert_eq!(fs.read("/lib/b.py"), Err(FsError::NotFound));
        for (path, data) in [("/lib.py", "1"), ("/lib-old/x", "2"), ("/lib0", "3")] {
            assert_eq!(fs.read(path).expect("left in place"), data.as_bytes());
        }
        let root = fs.list_dir("/").expect("list /");
        assert_eq!(root, ["lib-old", "lib.py", "lib0", "z"].map(String::from));
        fs.rename("/lib0", "/z/lib0").expect("rename a file");
        assert_eq!(fs.list_dir("/z").expect("list /z"), ["lib0", "new"].map(String::from));
        assert_eq!(fs.stat("/z/new/b.py").map(|s| s.size), Ok(2));
        assert_eq!(fs.remove("/z/new/b.py"), Ok(()));
        assert_eq!(fs.remove("/z/new/b.py"), Err(FsError::NotFound));
    }

    #[test]
    fn normalise_resolves_dots_and_stays_under_the_root() {
        assert_eq!(normalise("/a/./b/../c/"), "/a/c");
        assert_eq!(normalise("/../../x"), "/x");
        assert_eq!(normalise(""), "/");
    }
}
