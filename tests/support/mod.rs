//! Shared helpers of the integration tests.

pub mod prism;
pub mod server;
