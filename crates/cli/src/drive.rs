//! The board's drive on the native host: a host directory (FILE's directory, or `--drive DIR`) seen by Python as
//! `/`. Paths that would leave that directory are refused, and writes replace a file atomically (a temporary
//! file beside it, then a rename), as the core's `FileSystem` contract asks.

use circuitpython_core::vfs::{FileSystem, FsError, Stat};
use std::io::ErrorKind;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

pub struct DirFs {
    root: PathBuf,
}

impl DirFs {
    pub fn new(root: impl Into<PathBuf>) -> DirFs {
        DirFs { root: root.into() }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The host path of a drive path; `..` is refused rather than resolved, so nothing outside the root is
    /// reachable whatever the caller passes.
    fn host_path(&self, path: &str) -> Result<PathBuf, FsError> {
        let mut host = self.root.clone();
        for part in path.split('/') {
            match part {
                "" | "." => {}
                ".." => return Err(FsError::NotFound),
                // A backslash or drive prefix could name another place on some hosts.
                p if p.contains('\\') || (cfg!(windows) && p.contains(':')) => return Err(FsError::NotFound),
                p => host.push(p),
            }
        }
        Ok(host)
    }
}

fn fs_error(e: std::io::Error) -> FsError {
    match e.kind() {
        ErrorKind::NotFound => FsError::NotFound,
        ErrorKind::AlreadyExists => FsError::Exists,
        ErrorKind::NotADirectory => FsError::NotADirectory,
        ErrorKind::IsADirectory => FsError::IsADirectory,
        ErrorKind::DirectoryNotEmpty => FsError::NotEmpty,
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem => FsError::ReadOnly,
        _ => FsError::Io,
    }
}

impl FileSystem for DirFs {
    fn read(&mut self, path: &str) -> Result<Vec<u8>, FsError> {
        let p = self.host_path(path)?;
        if p.is_dir() {
            return Err(FsError::IsADirectory);
        }
        std::fs::read(p).map_err(fs_error)
    }

    fn write(&mut self, path: &str, data: &[u8]) -> Result<(), FsError> {
        let p = self.host_path(path)?;
        if p.is_dir() {
            return Err(FsError::IsADirectory);
        }
        let name = p.file_name().ok_or(FsError::IsADirectory)?.to_string_lossy().into_owned();
        let tmp = p.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
        if let Err(e) = std::fs::write(&tmp, data) {
            let _ = std::fs::remove_file(&tmp);
            return Err(fs_error(e));
        }
        std::fs::rename(&tmp, &p).map_err(|e| {
            let _ = std::fs::remove_file(&tmp);
            fs_error(e)
        })
    }

    fn stat(&mut self, path: &str) -> Result<Stat, FsError> {
        let m = std::fs::metadata(self.host_path(path)?).map_err(fs_error)?;
        let mtime = m.modified().ok().and_then(|t| t.duration_since(UNIX_EPOCH).ok()).map_or(0, |d| d.as_secs());
        Ok(Stat { is_dir: m.is_dir(), size: m.len(), mtime })
    }

    fn list_dir(&mut self, path: &str) -> Result<Vec<String>, FsError> {
        let p = self.host_path(path)?;
        if !p.is_dir() {
            return Err(if p.exists() { FsError::NotADirectory } else { FsError::NotFound });
        }
        let mut names: Vec<String> = std::fs::read_dir(p)
            .map_err(fs_error)?
            .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
            .collect();
        names.sort();
        Ok(names)
    }

    fn mkdir(&mut self, path: &str) -> Result<(), FsError> {
        std::fs::create_dir(self.host_path(path)?).map_err(fs_error)
    }

    fn remove(&mut self, path: &str) -> Result<(), FsError> {
        let p = self.host_path(path)?;
        if p.is_dir() {
            return Err(FsError::IsADirectory);
        }
        std::fs::remove_file(p).map_err(fs_error)
    }

    fn rmdir(&mut self, path: &str) -> Result<(), FsError> {
        let p = self.host_path(path)?;
        if p == self.root {
            return Err(FsError::ReadOnly);
        }
        std::fs::remove_dir(p).map_err(fs_error)
    }

    fn rename(&mut self, from: &str, to: &str) -> Result<(), FsError> {
        let (from, to) = (self.host_path(from)?, self.host_path(to)?);
        if from == self.root || to == self.root {
            return Err(FsError::ReadOnly);
        }
        std::fs::rename(from, to).map_err(fs_error)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_drive(tag: &str) -> DirFs {
        let dir = std::env::temp_dir().join(format!("cpy-drive-{tag}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("temp dir");
        DirFs::new(dir)
    }

    #[test]
    fn files_round_trip_and_stay_inside() {
        let mut fs = temp_drive("rt");
        fs.write("/a.txt", b"one").unwrap();
        fs.write("/a.txt", b"two").unwrap();
        assert_eq!(fs.read("/a.txt").unwrap(), b"two");
        assert_eq!(fs.list_dir("/").unwrap(), vec!["a.txt".to_string()], "no temporary file left behind");
        fs.mkdir("/lib").unwrap();
        assert_eq!(fs.mkdir("/lib"), Err(FsError::Exists));
        assert!(fs.stat("/lib").unwrap().is_dir);
        assert_eq!(fs.read("/lib"), Err(FsError::IsADirectory));
        fs.rename("/a.txt", "/lib/b.txt").unwrap();
        assert_eq!(fs.stat("/lib/b.txt").unwrap().size, 3);
        assert_eq!(fs.rmdir("/lib"), Err(FsError::NotEmpty));
        fs.remove("/lib/b.txt").unwrap();
        fs.rmdir("/lib").unwrap();
        assert_eq!(fs.read("/missing"), Err(FsError::NotFound));
        for escape in ["/../x", "../x", "/lib/../../x", ".."] {
            assert_eq!(fs.read(escape), Err(FsError::NotFound), "{escape}");
            assert_eq!(fs.write(escape, b"x"), Err(FsError::NotFound), "{escape}");
        }
        assert_eq!(fs.rmdir("/"), Err(FsError::ReadOnly));
        let _ = std::fs::remove_dir_all(fs.root());
    }
}
