//! The blocking runtime behind [`seamapi`](https://docs.rs/seamapi): the
//! [`Client`], its configuration and credentials, the [`Endpoint`] contract
//! request types implement, and the [`Error`] every call returns.
//!
//! Most users depend on `seamapi`, which re-exports all of this together with
//! the `#[seam_endpoint]` attribute and the typed Seam API.
#![forbid(unsafe_code)]

mod auth;
mod client;
mod config;
mod endpoint;
mod envelope;
pub mod error;
mod nullable;
mod pagination;
mod query;
mod reply;
mod secret;
mod transport;

pub use auth::Auth;
pub use client::{Client, SDK_NAME, SDK_VERSION};
pub use config::{ClientBuilder, DEFAULT_ENDPOINT, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT};
pub use endpoint::{Endpoint, Method, ResponseShape};
pub use error::Error;
pub use nullable::Nullable;
pub use pagination::Pagination;
pub use secret::Secret;
