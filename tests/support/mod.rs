//! Shared helpers of the integration tests.

pub mod fake;
pub mod logs;
pub mod peer;
pub mod prism;
pub mod server;
