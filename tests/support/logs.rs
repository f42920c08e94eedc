//! A logger that keeps every record of the test binary, to assert what the
//! SDK logs (and that no secret is in it).

#![allow(dead_code)]

use std::sync::{Mutex, OnceLock};

/// Every record logged so far, as `LEVEL target: message`.
pub struct Capture(Mutex<Vec<String>>);

impl Capture {
    /// The lines logged so far.
    pub fn lines(&self) -> Vec<String> {
        self.0.lock().unwrap().clone()
    }

    /// The lines logged to `target` containing `needle`.
    pub fn matching(&self, target: &str, needle: &str) -> Vec<String> {
        self.lines()
            .into_iter()
            .filter(|l| l.contains(&format!(" {target}: ")) && l.contains(needle))
            .collect()
    }
}

impl log::Log for Capture {
    fn enabled(&self, _: &log::Metadata<'_>) -> bool {
        true
    }

    fn log(&self, record: &log::Record<'_>) {
        self.0.lock().unwrap().push(format!(
            "{} {}: {}",
            record.level(),
            record.target(),
            record.args()
        ));
    }

    fn flush(&self) {}
}

/// Installs the capturing logger (once per binary) and returns it.
pub fn captured() -> &'static Capture {
    static CAPTURE: OnceLock<&'static Capture> = OnceLock::new();
    CAPTURE.get_or_init(|| {
        let capture: &'static Capture = Box::leak(Box::new(Capture(Mutex::new(Vec::new()))));
        log::set_logger(capture).expect("the only logger of this binary");
        log::set_max_level(log::LevelFilter::Trace);
        capture
    })
}
