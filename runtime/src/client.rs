//! The [`Client`]: sends any [`Endpoint`] and returns its typed response.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use ureq::http::{HeaderName, HeaderValue, header};

use crate::auth::Auth;
use serde::{Deserialize, Serialize};

use crate::config::{self, ClientBuilder};
use crate::endpoint::{Endpoint, Method, ResponseShape};
use crate::error::Error;
use crate::query;
use crate::secret::Secret;
use crate::transport::Transport;

/// The name this SDK reports in `seam-sdk-name`.
pub const SDK_NAME: &str = "seamapi/rust";

/// The version this SDK reports in `seam-sdk-version`.
pub const SDK_VERSION: &str = env!("CARGO_PKG_VERSION");

/// A blocking client of the Seam API.
///
/// Cheap to clone: clones share one connection pool and configuration.
/// `Send + Sync`, so one client can serve many threads. Its `Debug` shows the
/// endpoint and the kind of credentials, never the credentials themselves.
///
/// ```no_run
/// let client = seamapi_runtime::Client::builder().api_key("seam_...").build()?;
/// # Ok::<(), seamapi_runtime::Error>(())
/// ```
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    transport: Transport,
    endpoint: String,
    auth: Auth,
    timeout: Duration,
    /// Every header a request carries, built once.
    headers: Vec<(HeaderName, HeaderValue)>,
}

impl Client {
    /// A builder with nothing set.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }

    /// A client configured from the environment: `SEAM_API_KEY`, or
    /// `SEAM_PERSONAL_ACCESS_TOKEN` with `SEAM_WORKSPACE_ID`; `SEAM_ENDPOINT`
    /// (or the deprecated `SEAM_API_URL`). See [`ClientBuilder::from_env`].
    pub fn from_env() -> Result<Client, Error> {
        ClientBuilder::from_env().build()
    }

    pub(crate) fn from_builder(builder: ClientBuilder) -> Result<Client, Error> {
        let auth = builder.resolve_auth()?;
        auth.validate()?;
        let endpoint = builder.resolve_endpoint()?;
        let timeout = builder.timeout.unwrap_or(config::DEFAULT_TIMEOUT);
        if timeout.is_zero() {
            return Err(Error::invalid_options(
                "the timeout must be greater than zero",
            ));
        }
        let max_response_bytes = builder
            .max_response_bytes
            .unwrap_or(config::DEFAULT_MAX_RESPONSE_BYTES);
        let user_agent = format!("{SDK_NAME}/{SDK_VERSION}");
        let client = Client::with_auth(
            Transport::new(timeout, max_response_bytes, &user_agent),
            endpoint,
            auth,
            timeout,
        )?;
        let Auth::PublishableKey {
            user_identifier_key,
            ..
        } = &client.inner.auth
        else {
            return Ok(client);
        };
        // Exchange the publishable key for a client session token, then
        // authenticate with that, over the same connections.
        let session = client.call(&GetOrCreateClientSession {
            user_identifier_key,
        })?;
        let auth = Auth::ClientSessionToken(session.token);
        auth.validate().map_err(|_| {
            Error::invalid_options(
                "client_sessions/get_or_create did not return a client session token (`seam_cst…`)",
            )
        })?;
        let inner = &client.inner;
        Client::with_auth(
            inner.transport.clone(),
            inner.endpoint.clone(),
            auth,
            timeout,
        )
    }

    fn with_auth(
        transport: Transport,
        endpoint: String,
        auth: Auth,
        timeout: Duration,
    ) -> Result<Client, Error> {
        let mut headers = auth.headers()?;
        headers.extend([
            (
                HeaderName::from_static("seam-sdk-name"),
                HeaderValue::from_static(SDK_NAME),
            ),
            (
                HeaderName::from_static("seam-sdk-version"),
                HeaderValue::from_static(SDK_VERSION),
            ),
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json"),
            ),
        ]);
        Ok(Client {
            inner: Arc::new(Inner {
                transport,
                endpoint,
                auth,
                timeout,
                headers,
            }),
        })
    }

    /// The credentials this client authenticates with (a publishable key
    /// has been exchanged for a client session token by then).
    pub fn auth(&self) -> &Auth {
        &self.inner.auth
    }

    /// The API's base URL this client talks to.
    pub fn endpoint(&self) -> &str {
        &self.inner.endpoint
    }

    /// Sends `request` and returns its typed response.
    ///
    /// The request is checked first ([`Endpoint::validate`]) and encoded once
    /// (a query string for `GET` and `DELETE`, a JSON body otherwise); a failure there is
    /// an [`Error::InvalidParameter`] and nothing is sent.
    pub fn call<E: Endpoint>(&self, request: &E) -> Result<E::Response, Error> {
        request.validate()?;
        let (url, body) = self.encode(request)?;
        let reply =
            self.inner
                .transport
                .send(E::METHOD, &url, &self.inner.headers, body.as_deref())?;
        reply.into_result(E::RESPONSE)
    }

    /// The URL and, unless the method uses a query string, the JSON body.
    fn encode<E: Endpoint>(&self, request: &E) -> Result<(String, Option<Vec<u8>>), Error> {
        let mut url = String::with_capacity(self.inner.endpoint.len() + E::PATH.len() + 1);
        url.push_str(&self.inner.endpoint);
        url.push_str(E::PATH);
        if E::METHOD.uses_query() {
            let mut query = String::new();
            query::append_query(request, &mut query)
                .map_err(|e| Error::invalid_parameter(e.parameter, e.message))?;
            if !query.is_empty() {
                url.push('?');
                url.push_str(&query);
            }
            return Ok((url, None));
        }
        match serde_json::to_vec(request) {
            Ok(body) => Ok((url, Some(body))),
            Err(first) => {
                // Encode again, tracking the path, to name the parameter.
                let mut sink = Vec::new();
                let mut ser = serde_json::Serializer::new(&mut sink);
                let parameter = match serde_path_to_error::serialize(request, &mut ser) {
                    Err(e) => e.path().to_string(),
                    Ok(()) => ".".to_owned(),
                };
                Err(Error::invalid_parameter(parameter, first.to_string()))
            }
        }
    }
}

/// `POST /client_sessions/get_or_create`, as the publishable key flow needs
/// it.
#[derive(Serialize)]
struct GetOrCreateClientSession<'a> {
    user_identifier_key: &'a str,
}

#[derive(Deserialize)]
struct ClientSession {
    token: Secret,
}

impl Endpoint for GetOrCreateClientSession<'_> {
    type Response = ClientSession;
    const METHOD: Method = Method::Post;
    const PATH: &'static str = "/client_sessions/get_or_create";
    const RESPONSE: ResponseShape = ResponseShape::Key("client_session");
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("endpoint", &self.inner.endpoint)
            .field("auth", &self.inner.auth)
            .field("timeout", &self.inner.timeout)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync_clone<T: Send + Sync + Clone + 'static>() {}

    #[test]
    fn client_is_send_sync_clone() {
        assert_send_sync_clone::<Client>();
    }

    #[test]
    fn debug_never_shows_the_key() {
        let client = Client::builder()
            .api_key("seam_supersecret_123")
            .build()
            .unwrap();
        let debug = format!("{client:?}");
        assert!(!debug.contains("supersecret"), "{debug}");
        assert!(debug.contains("connect.getseam.com"), "{debug}");
    }

    #[test]
    fn building_without_credentials_or_with_bad_options_fails() {
        let err = Client::builder().build().unwrap_err();
        assert!(err.to_string().contains("no credentials"), "{err}");
        let err = Client::builder().api_key("  ").build().unwrap_err();
        assert!(matches!(err, Error::InvalidOptions { .. }));
        let err = Client::builder()
            .api_key("seam_x")
            .timeout(Duration::ZERO)
            .build()
            .unwrap_err();
        assert!(err.to_string().contains("timeout"), "{err}");
        let err = Client::builder()
            .api_key("seam_\nkey_secret")
            .build()
            .unwrap_err();
        assert!(!err.to_string().contains("key_secret"), "{err}");
    }
}
