//! The native `circuitpython` command: runs a program file or `-c CODE` on the interpreter core.

use circuitpython_core::vfs::{FileSystem, FsError, Stat};
use circuitpython_core::{Config, Host, Stream, Vm};
use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

/// A drive backed by a host directory: Python paths `/x` map to `root/x`.
struct DirFs {
    root: PathBuf,
}

impl DirFs {
    fn path(&self, p: &str) -> PathBuf {
        self.root.join(p.trim_start_matches('/'))
    }
}

fn io_err(e: std::io::Error) -> FsError {
    match e.kind() {
        std::io::ErrorKind::NotFound => FsError::NotFound,
        std::io::ErrorKind::AlreadyExists => FsError::Exists,
        _ => FsError::Io,
    }
}

impl FileSystem for DirFs {
    fn read(&mut self, path: &str) -> Result<Vec<u8>, FsError> {
        let p = self.path(path);
        if p.is_dir() {
            return Err(FsError::IsADirectory);
        }
        std::fs::read(p).map_err(io_err)
    }
    fn write(&mut self, path: &str, data: &[u8]) -> Result<(), FsError> {
        let p = self.path(path);
        let tmp = p.with_extension("tmp~");
        std::fs::write(&tmp, data).map_err(io_err)?;
        std::fs::rename(&tmp, &p).map_err(io_err)
    }
    fn stat(&mut self, path: &str) -> Result<Stat, FsError> {
        let m = std::fs::metadata(self.path(path)).map_err(io_err)?;
        Ok(Stat { is_dir: m.is_dir(), size: m.len(), mtime: 0 })
    }
    fn list_dir(&mut self, path: &str) -> Result<Vec<String>, FsError> {
        let mut names: Vec<String> = std::fs::read_dir(self.path(path))
            .map_err(io_err)?
            .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
            .collect();
        names.sort();
        Ok(names)
    }
    fn mkdir(&mut self, path: &str) -> Result<(), FsError> {
        std::fs::create_dir(self.path(path)).map_err(io_err)
    }
    fn remove(&mut self, path: &str) -> Result<(), FsError> {
        std::fs::remove_file(self.path(path)).map_err(io_err)
    }
    fn rmdir(&mut self, path: &str) -> Result<(), FsError> {
        std::fs::remove_dir(self.path(path)).map_err(io_err)
    }
    fn rename(&mut self, from: &str, to: &str) -> Result<(), FsError> {
        std::fs::rename(self.path(from), self.path(to)).map_err(io_err)
    }
}

struct NativeHost {
    start: Instant,
    fs: DirFs,
}

impl Host for NativeHost {
    fn write(&mut self, stream: Stream, text: &str) {
        let _ = match stream {
            Stream::Stdout => std::io::stdout().write_all(text.as_bytes()),
            Stream::Stderr => std::io::stderr().write_all(text.as_bytes()),
        };
    }
    fn monotonic_ns(&mut self) -> u64 {
        self.start.elapsed().as_nanos() as u64
    }
    fn sleep_blocking(&mut self, until_ns: u64) {
        let now = self.monotonic_ns();
        if until_ns > now {
            std::thread::sleep(std::time::Duration::from_nanos(until_ns - now));
        }
    }
    fn fs(&mut self) -> &mut dyn FileSystem {
        &mut self.fs
    }
}

fn parse_size(s: &str) -> Option<usize> {
    let s = s.trim().to_ascii_lowercase();
    let (num, mul) = if let Some(n) = s.strip_suffix('k') {
        (n, 1024)
    } else if let Some(n) = s.strip_suffix('m') {
        (n, 1024 * 1024)
    } else {
        (s.as_str(), 1)
    };
    num.parse::<usize>().ok().map(|n| n * mul)
}

fn usage(msg: &str) -> ! {
    eprintln!("circuitpython: {msg}");
    eprintln!("usage: circuitpython [-c CODE] [--heap SIZE] [FILE]");
    std::process::exit(2);
}

fn main() {
    let mut parser = lexopt::Parser::from_env();
    let mut code: Option<String> = None;
    let mut file: Option<PathBuf> = None;
    let mut heap = 192 * 1024;
    while let Some(arg) = parser.next().unwrap_or_else(|e| usage(&e.to_string())) {
        use lexopt::prelude::*;
        match arg {
            Short('c') => {
                code = Some(parser.value().unwrap_or_else(|e| usage(&e.to_string())).string().unwrap_or_default())
            }
            Long("heap") => {
                let v = parser.value().unwrap_or_else(|e| usage(&e.to_string())).string().unwrap_or_default();
                heap = parse_size(&v).unwrap_or_else(|| usage(&format!("bad heap size '{v}'")));
            }
            Value(v) if file.is_none() && code.is_none() => file = Some(PathBuf::from(v)),
            _ => usage(&arg.unexpected().to_string()),
        }
    }
    let (source, filename, root) = match (&code, &file) {
        (Some(c), _) => (c.clone(), "<stdin>".to_string(), std::env::current_dir().unwrap_or_default()),
        (None, Some(f)) => match std::fs::read_to_string(f) {
            Ok(s) => {
                let dir = f.parent().map(|p| p.to_path_buf()).filter(|p| !p.as_os_str().is_empty());
                let name = f.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                (s, name, dir.unwrap_or_else(|| PathBuf::from(".")))
            }
            Err(e) => usage(&format!("can't open file '{}': {e}", f.display())),
        },
        (None, None) => usage("the REPL is not available yet"),
    };
    let host = NativeHost { start: Instant::now(), fs: DirFs { root } };
    let mut vm = Vm::new(Box::new(host), Config { heap_size: heap, ..Config::default() });
    match vm.exec_main(&source, &filename) {
        Ok(_) => std::process::exit(0),
        Err(e) => {
            vm.print_exception(e);
            std::process::exit(1);
        }
    }
}
