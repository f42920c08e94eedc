//! The contract between a request type and the [`Client`](crate::Client).

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::action_attempt::ActionAttempt;
use crate::error::Error;

/// The HTTP method an endpoint is called with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Method {
    /// `GET`: parameters travel in the query string.
    Get,
    /// `POST`: parameters travel as a JSON body.
    Post,
    /// `PUT`: parameters travel as a JSON body.
    Put,
    /// `PATCH`: parameters travel as a JSON body.
    Patch,
    /// `DELETE`: parameters travel in the query string.
    Delete,
}

impl Method {
    /// The method's name as it appears on the wire, e.g. `"POST"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }

    /// Whether repeating the request has the same effect as sending it once
    /// (`GET`, `PUT`, `DELETE`). Only idempotent requests are ever replayed
    /// after the server may have seen them.
    pub const fn is_idempotent(self) -> bool {
        matches!(self, Method::Get | Method::Put | Method::Delete)
    }

    /// Whether the parameters are sent as a query string (`GET`, `DELETE`)
    /// rather than a JSON body.
    pub const fn uses_query(self) -> bool {
        matches!(self, Method::Get | Method::Delete)
    }
}

impl std::fmt::Display for Method {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Where the typed response sits in the body of a successful reply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ResponseShape {
    /// The body is not read: any 2xx is success and the response is `()`.
    Discard,
    /// The whole body decodes into the response type.
    Whole,
    /// The response is the value of this field of the body's top-level object,
    /// e.g. `"access_grant"` in `{"access_grant": {...}, "ok": true}`.
    Key(&'static str),
}

/// A typed Seam endpoint: a request value that knows its method, path and
/// response type.
///
/// Implement it with the `#[seam_endpoint]` attribute rather than by hand;
/// [`Client::call`](crate::Client::call) sends any implementor. Implementations
/// never perform I/O themselves.
pub trait Endpoint: Serialize {
    /// What a successful call returns.
    type Response: DeserializeOwned;

    /// The HTTP method.
    const METHOD: Method;

    /// The path below the API's base URL, starting with `/`.
    const PATH: &'static str;

    /// Where the response sits in the reply body.
    const RESPONSE: ResponseShape;

    /// Whether the endpoint takes parameters at all. One that does not (a
    /// unit struct) is sent without a body or query string.
    const TAKES_PARAMETERS: bool = true;

    /// For endpoints that start an action: where the response holds its
    /// action attempt, so that the client can wait for it to resolve.
    /// `#[seam_endpoint(..., action_attempt)]` sets it.
    const ACTION_ATTEMPT: Option<fn(&mut Self::Response) -> &mut ActionAttempt> = None;

    /// Checks the request before anything is sent. An `Err` here means no
    /// byte leaves the machine. The default accepts every request.
    fn validate(&self) -> Result<(), Error> {
        Ok(())
    }
}
