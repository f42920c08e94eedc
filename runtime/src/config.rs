//! Building a [`Client`]: explicit options first, then the environment.

use std::time::Duration;

use crate::auth::Auth;
use crate::client::Client;
use crate::error::Error;
use crate::secret::Secret;

/// The API's address when none is configured.
pub const DEFAULT_ENDPOINT: &str = "https://connect.getseam.com";

/// How long one HTTP exchange may take when no timeout is configured.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// The largest response body read when no limit is configured: 10 MiB.
pub const DEFAULT_MAX_RESPONSE_BYTES: u64 = 10 * 1024 * 1024;

/// Configures and builds a [`Client`].
///
/// ```
/// use std::time::Duration;
/// let client = seamapi_runtime::Client::builder()
///     .api_key("seam_test_key")
///     .endpoint("http://127.0.0.1:8080")
///     .timeout(Duration::from_secs(5))
///     .build()?;
/// # Ok::<(), seamapi_runtime::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
#[must_use = "a builder does nothing until `build` is called"]
pub struct ClientBuilder {
    pub(crate) auth: Option<Auth>,
    pub(crate) endpoint: Option<String>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) max_response_bytes: Option<u64>,
}

impl ClientBuilder {
    /// A builder with nothing set (the environment is not read).
    pub fn new() -> Self {
        ClientBuilder::default()
    }

    /// A builder preset from the process environment: `SEAM_API_KEY` and
    /// `SEAM_ENDPOINT`. Options set afterwards override what it read.
    pub fn from_env() -> Self {
        ClientBuilder::from_env_vars(
            std::env::vars_os()
                .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?))),
        )
    }

    /// A builder preset from these `(name, value)` pairs, read as
    /// [`ClientBuilder::from_env`] reads the process environment. Useful to
    /// test configuration without touching the process environment.
    pub fn from_env_vars<I, K, V>(vars: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: AsRef<str>,
        V: Into<String>,
    {
        let mut builder = ClientBuilder::new();
        for (name, value) in vars {
            let value = value.into();
            if value.is_empty() {
                continue;
            }
            match name.as_ref() {
                "SEAM_API_KEY" => builder.auth = Some(Auth::ApiKey(Secret::new(value))),
                "SEAM_ENDPOINT" => builder.endpoint = Some(value),
                _ => {}
            }
        }
        builder
    }

    /// Authenticates with a workspace API key (`seam_…`).
    pub fn api_key(mut self, api_key: impl Into<Secret>) -> Self {
        self.auth = Some(Auth::ApiKey(api_key.into()));
        self
    }

    /// The API's base URL, e.g. `https://connect.getseam.com` (the default).
    pub fn endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.endpoint = Some(endpoint.into());
        self
    }

    /// How long one HTTP exchange (connect, send, receive) may take; 30 s by
    /// default.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// The largest response body the client reads (10 MiB by default); a
    /// larger one is an error rather than a memory spike.
    pub fn max_response_bytes(mut self, limit: u64) -> Self {
        self.max_response_bytes = Some(limit);
        self
    }

    /// Checks the options and builds the client. Fails with
    /// [`Error::InvalidOptions`] on missing credentials, a malformed
    /// endpoint or a zero timeout; no request is made.
    pub fn build(self) -> Result<Client, Error> {
        Client::from_builder(self)
    }
}

/// Checks an endpoint URL and returns it without a trailing `/`.
pub(crate) fn normalize_endpoint(endpoint: &str) -> Result<String, Error> {
    let trimmed = endpoint.trim_end_matches('/');
    let uri: ureq::http::Uri = trimmed.parse().map_err(|e| {
        Error::invalid_options(format!("the endpoint `{endpoint}` is not a URL: {e}"))
    })?;
    match uri.scheme_str() {
        Some("http" | "https") => {}
        _ => {
            return Err(Error::invalid_options(format!(
                "the endpoint `{endpoint}` must start with http:// or https://"
            )));
        }
    }
    if uri.host().is_none_or(str::is_empty) {
        return Err(Error::invalid_options(format!(
            "the endpoint `{endpoint}` has no host"
        )));
    }
    if uri.query().is_some() || trimmed.contains('#') {
        return Err(Error::invalid_options(format!(
            "the endpoint `{endpoint}` must not have a query or fragment"
        )));
    }
    Ok(trimmed.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_vars_preset_the_builder_and_explicit_options_win() {
        let builder = ClientBuilder::from_env_vars([
            ("SEAM_API_KEY", "seam_env_key"),
            ("SEAM_ENDPOINT", "http://127.0.0.1:1"),
            ("OTHER", "x"),
        ]);
        assert_eq!(
            builder.auth,
            Some(Auth::ApiKey(Secret::new("seam_env_key")))
        );
        assert_eq!(builder.endpoint.as_deref(), Some("http://127.0.0.1:1"));
        let builder = builder
            .endpoint("http://127.0.0.1:2")
            .api_key("seam_explicit");
        assert_eq!(
            builder.auth,
            Some(Auth::ApiKey(Secret::new("seam_explicit")))
        );
        assert_eq!(builder.endpoint.as_deref(), Some("http://127.0.0.1:2"));
    }

    #[test]
    fn empty_env_vars_count_as_unset() {
        let builder = ClientBuilder::from_env_vars([("SEAM_API_KEY", ""), ("SEAM_ENDPOINT", "")]);
        assert!(builder.auth.is_none());
        assert!(builder.endpoint.is_none());
    }

    #[test]
    fn endpoints_are_checked_and_normalized() {
        assert_eq!(
            normalize_endpoint("https://connect.getseam.com/").unwrap(),
            "https://connect.getseam.com"
        );
        assert_eq!(
            normalize_endpoint("http://127.0.0.1:8080/prefix").unwrap(),
            "http://127.0.0.1:8080/prefix"
        );
        for bad in [
            "connect.getseam.com",
            "ftp://x",
            "https://",
            "http://x/?a=1",
            "not a url",
        ] {
            let err = normalize_endpoint(bad).unwrap_err();
            assert!(matches!(err, Error::InvalidOptions { .. }), "{bad}: {err}");
            assert!(err.to_string().contains(bad), "{err}");
        }
    }
}
