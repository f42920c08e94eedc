//! The blocking runtime behind [`seamapi`](https://docs.rs/seamapi): the
//! [`Client`], its configuration and credentials, the [`Endpoint`] contract
//! request types implement, and the [`Error`] every call returns.
//!
//! Most users depend on `seamapi`, which re-exports all of this together with
//! the `#[seam_endpoint]` attribute and the typed Seam API.
#![forbid(unsafe_code)]

mod action_attempt;
mod auth;
mod client;
mod config;
mod endpoint;
mod envelope;
pub mod error;
mod model_macros;
mod nullable;
mod pagination;
mod query;
mod reply;
mod retry;
mod secret;
mod transport;

pub use action_attempt::{
    ActionAttempt, ActionAttemptError, ActionAttemptStatus, ActionType, GetActionAttempt,
    WaitOptions,
};
pub use auth::Auth;
pub use client::{Client, SDK_NAME, SDK_VERSION};
pub use config::{
    ClientBuilder, DEFAULT_CONNECT_TIMEOUT, DEFAULT_DEADLINE, DEFAULT_ENDPOINT,
    DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_TIMEOUT,
};
pub use endpoint::{Endpoint, Method, ResponseShape};
pub use error::Error;
pub use model_macros::UnknownVariant;
pub use nullable::Nullable;
pub use pagination::{ItemOf, Items, Page, PageResponse, Paginated, Pagination, Paginator};
pub use reply::decode_response;
pub use retry::RetryPolicy;
pub use secret::Secret;

/// What the exported model macros refer to. Not public API.
#[doc(hidden)]
pub mod __private {
    pub use serde;
    pub use serde_json;
}
