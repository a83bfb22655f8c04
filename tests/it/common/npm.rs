//! The npm package as a user gets it: built once per test run by `scripts/npm-package.sh` (what `make npm`
//! runs; a rebuild is quick when nothing changed), then installed with `npm install --offline` from the
//! tarball into a scratch project that holds the node scripts of `tests/npm/`.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use super::scratch::Scratch;

pub fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The tarball `make npm` writes, built on first use.
pub fn tarball() -> &'static Path {
    static TARBALL: OnceLock<PathBuf> = OnceLock::new();
    TARBALL.get_or_init(|| {
        let root = manifest_dir();
        let output = Command::new("bash")
            .arg(root.join("scripts/npm-package.sh"))
            .current_dir(&root)
            .output()
            .expect("bash runs");
        assert!(
            output.status.success(),
            "scripts/npm-package.sh failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let tarball = root.join(format!(
            "target/npm/gymhook-{}.tgz",
            env!("CARGO_PKG_VERSION")
        ));
        assert!(tarball.is_file(), "no {}", tarball.display());
        tarball
    })
}

/// A scratch project with the package installed and `tests/npm/*` beside its node_modules.
pub struct Project {
    dir: Scratch,
}

impl Project {
    pub fn new(name: &str) -> Project {
        let dir = Scratch::new(&format!("npm-{name}"));
        std::fs::write(
            dir.path().join("package.json"),
            "{\"name\": \"receiver-tests\", \"private\": true}\n",
        )
        .expect("package.json");
        let output = Command::new("npm")
            .args([
                "install",
                "--offline",
                "--no-audit",
                "--no-fund",
                "--ignore-scripts",
            ])
            .arg(tarball())
            .current_dir(dir.path())
            .output()
            .expect("npm runs (make tools installs node)");
        assert!(
            output.status.success(),
            "npm install --offline failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        );
        for entry in std::fs::read_dir(manifest_dir().join("tests/npm")).expect("tests/npm") {
            let path = entry.expect("entry").path();
            let name = path.file_name().expect("a file name");
            std::fs::copy(&path, dir.path().join(name)).expect("copy a script");
        }
        Project { dir }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// `node [flags] script [args]` in the project.
    pub fn node(&self, flags: &[&str], script: &str, args: &[&Path]) -> Output {
        Command::new("node")
            .args(flags)
            .arg(script)
            .args(args)
            .current_dir(self.path())
            .output()
            .expect("node runs")
    }
}
