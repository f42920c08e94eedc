//! Building a [`Client`]: explicit options first, then the environment, with
//! the same precedence as Seam's official SDKs.

use std::time::Duration;

use crate::action_attempt::WaitOptions;
use crate::auth::Auth;
use crate::client::{Client, Settings};
use crate::error::Error;
use crate::retry::RetryPolicy;
use crate::secret::Secret;

/// The API's address when none is configured.
pub const DEFAULT_ENDPOINT: &str = "https://connect.getseam.com";

/// How long one attempt (connect, send, receive) may take when no timeout is
/// configured.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// How long connecting may take when no connect timeout is configured.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// How long one call may take, retries and waits included, when no deadline
/// is configured.
pub const DEFAULT_DEADLINE: Duration = Duration::from_secs(60);

/// The largest response body read when no limit is configured: 10 MiB.
pub const DEFAULT_MAX_RESPONSE_BYTES: u64 = 10 * 1024 * 1024;

/// What the environment said, kept apart from explicit options so that
/// those always win.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct EnvConfig {
    /// `SEAM_API_KEY`.
    pub api_key: Option<Secret>,
    /// `SEAM_PERSONAL_ACCESS_TOKEN`.
    pub personal_access_token: Option<Secret>,
    /// `SEAM_WORKSPACE_ID`.
    pub workspace_id: Option<String>,
    /// `SEAM_ENDPOINT`.
    pub endpoint: Option<String>,
    /// `SEAM_API_URL` (deprecated alias of `SEAM_ENDPOINT`).
    pub api_url: Option<String>,
}

/// Configures and builds a [`Client`].
///
/// Credentials: exactly one of [`api_key`](Self::api_key),
/// [`personal_access_token`](Self::personal_access_token),
/// [`client_session_token`](Self::client_session_token),
/// [`publishable_key`](Self::publishable_key) or
/// [`console_session_token`](Self::console_session_token); setting two
/// different ones is an [`Error::InvalidOptions`] from [`build`](Self::build).
/// Explicit options beat the environment.
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
    /// A second, different auth mode set explicitly: (first, second) names.
    pub(crate) auth_conflict: Option<(&'static str, &'static str)>,
    pub(crate) env: EnvConfig,
    pub(crate) endpoint: Option<String>,
    pub(crate) timeout: Option<Duration>,
    pub(crate) connect_timeout: Option<Duration>,
    pub(crate) deadline: Option<Duration>,
    pub(crate) retry: Option<RetryPolicy>,
    pub(crate) wait: Option<WaitOptions>,
    pub(crate) max_response_bytes: Option<u64>,
}

impl ClientBuilder {
    /// A builder with nothing set (the environment is not read).
    pub fn new() -> Self {
        ClientBuilder::default()
    }

    /// A builder that falls back on the process environment:
    /// `SEAM_API_KEY`, `SEAM_PERSONAL_ACCESS_TOKEN` with `SEAM_WORKSPACE_ID`,
    /// and `SEAM_ENDPOINT` (or its deprecated alias `SEAM_API_URL`). Options
    /// set on the builder win over the environment.
    pub fn from_env() -> Self {
        ClientBuilder::from_env_vars(
            std::env::vars_os()
                .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?))),
        )
    }

    /// Like [`ClientBuilder::from_env`], reading these `(name, value)` pairs
    /// instead of the process environment (to test configuration without
    /// touching it). Empty values count as unset.
    pub fn from_env_vars<I, K, V>(vars: I) -> Self
    where
        I: IntoIterator<Item = (K, V)>,
        K: AsRef<str>,
        V: Into<String>,
    {
        let mut env = EnvConfig::default();
        for (name, value) in vars {
            let value = value.into();
            if value.is_empty() {
                continue;
            }
            match name.as_ref() {
                "SEAM_API_KEY" => env.api_key = Some(Secret::new(value)),
                "SEAM_PERSONAL_ACCESS_TOKEN" => {
                    env.personal_access_token = Some(Secret::new(value))
                }
                "SEAM_WORKSPACE_ID" => env.workspace_id = Some(value),
                "SEAM_ENDPOINT" => env.endpoint = Some(value),
                "SEAM_API_URL" => env.api_url = Some(value),
                _ => {}
            }
        }
        ClientBuilder {
            env,
            ..ClientBuilder::default()
        }
    }

    /// Authenticates with these credentials (the general form of the
    /// mode-specific setters below).
    pub fn auth(mut self, auth: Auth) -> Self {
        if let Some(previous) = &self.auth
            && previous.mode_name() != auth.mode_name()
            && self.auth_conflict.is_none()
        {
            self.auth_conflict = Some((previous.mode_name(), auth.mode_name()));
        }
        self.auth = Some(auth);
        self
    }

    /// Authenticates with a workspace API key (`seam_…`).
    pub fn api_key(self, api_key: impl Into<Secret>) -> Self {
        self.auth(Auth::ApiKey(api_key.into()))
    }

    /// Authenticates with a personal access token (`seam_at…`), acting in
    /// this workspace.
    pub fn personal_access_token(
        self,
        token: impl Into<Secret>,
        workspace_id: impl Into<String>,
    ) -> Self {
        self.auth(Auth::PersonalAccessToken {
            token: token.into(),
            workspace_id: workspace_id.into(),
        })
    }

    /// Authenticates with a client session token (`seam_cst…`).
    pub fn client_session_token(self, token: impl Into<Secret>) -> Self {
        self.auth(Auth::ClientSessionToken(token.into()))
    }

    /// Authenticates with a publishable key (`seam_pk…`) for the user you
    /// identify by `user_identifier_key`: [`build`](Self::build) exchanges
    /// them for a client session token with one request to
    /// `client_sessions/get_or_create`.
    pub fn publishable_key(
        self,
        key: impl Into<Secret>,
        user_identifier_key: impl Into<String>,
    ) -> Self {
        self.auth(Auth::PublishableKey {
            key: key.into(),
            user_identifier_key: user_identifier_key.into(),
        })
    }

    /// Authenticates with a Seam Console session token (a JWT), acting in
    /// this workspace.
    pub fn console_session_token(
        self,
        token: impl Into<Secret>,
        workspace_id: impl Into<String>,
    ) -> Self {
        self.auth(Auth::ConsoleSessionToken {
            token: token.into(),
            workspace_id: workspace_id.into(),
        })
    }

    /// The API's base URL, e.g. `https://connect.getseam.com` (the default).
    pub fn endpoint(mut self, endpoint: impl Into<String>) -> Self {
        self.endpoint = Some(endpoint.into());
        self
    }

    /// How long one attempt (connect, send, receive head and body) may
    /// take; 30 s by default.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// How long connecting may take; 10 s by default.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = Some(timeout);
        self
    }

    /// How long one call may take in all, every attempt and every wait
    /// between them included; 60 s by default.
    pub fn deadline(mut self, deadline: Duration) -> Self {
        self.deadline = Some(deadline);
        self
    }

    /// When failed attempts are retried; [`RetryPolicy::default`] by
    /// default, [`RetryPolicy::none`] to never retry.
    pub fn retry(mut self, retry: RetryPolicy) -> Self {
        self.retry = Some(retry);
        self
    }

    /// Whether and how long calls that start an action (unlocking a door,
    /// say) wait for the action attempt to resolve; by default up to 10 s,
    /// polling every second.
    pub fn wait_for_action_attempts(mut self, wait: WaitOptions) -> Self {
        self.wait = Some(wait);
        self
    }

    /// The largest response body the client reads (10 MiB by default); a
    /// larger one is an error rather than a memory spike.
    pub fn max_response_bytes(mut self, limit: u64) -> Self {
        self.max_response_bytes = Some(limit);
        self
    }

    /// Checks the options and builds the client. Fails with
    /// [`Error::InvalidOptions`] before any request on missing or
    /// conflicting credentials, a token of the wrong kind, a malformed
    /// endpoint or a zero timeout. With a publishable key, makes the one
    /// request that obtains the client session token.
    pub fn build(self) -> Result<Client, Error> {
        Client::from_builder(self)
    }

    /// The credentials to use: explicit ones, else the environment's.
    pub(crate) fn resolve_auth(&self) -> Result<Auth, Error> {
        if let Some((first, second)) = self.auth_conflict {
            return Err(Error::invalid_options(format!(
                "two authentication modes were set ({first} and {second}): set exactly one"
            )));
        }
        if let Some(auth) = &self.auth {
            return Ok(auth.clone());
        }
        let env = &self.env;
        match (&env.api_key, &env.personal_access_token) {
            (Some(_), Some(_)) => Err(Error::invalid_options(
                "both SEAM_API_KEY and SEAM_PERSONAL_ACCESS_TOKEN are set: set only one",
            )),
            (Some(_), None) if env.workspace_id.is_some() => Err(Error::invalid_options(
                "SEAM_WORKSPACE_ID is set together with SEAM_API_KEY, but an API key already \
                 belongs to one workspace: unset SEAM_WORKSPACE_ID, or use a personal access token",
            )),
            (Some(key), None) => Ok(Auth::ApiKey(key.clone())),
            (None, Some(token)) => match &env.workspace_id {
                Some(workspace_id) => Ok(Auth::PersonalAccessToken {
                    token: token.clone(),
                    workspace_id: workspace_id.clone(),
                }),
                None => Err(Error::invalid_options(
                    "SEAM_PERSONAL_ACCESS_TOKEN is set without SEAM_WORKSPACE_ID: a personal \
                     access token needs the workspace to act in",
                )),
            },
            (None, None) => Err(Error::invalid_options(
                "no credentials: set an API key with `api_key(...)` (or another authentication \
                 option), or the SEAM_API_KEY environment variable",
            )),
        }
    }

    /// The per-call settings, checked.
    pub(crate) fn resolve_settings(&self) -> Result<Settings, Error> {
        let timeout = self.timeout.unwrap_or(DEFAULT_TIMEOUT);
        let deadline = self.deadline.unwrap_or(DEFAULT_DEADLINE);
        if timeout.is_zero() {
            return Err(Error::invalid_options(
                "the timeout must be greater than zero",
            ));
        }
        if deadline.is_zero() {
            return Err(Error::invalid_options(
                "the deadline must be greater than zero",
            ));
        }
        let wait = self.wait.unwrap_or_default();
        wait.validate()?;
        Ok(Settings {
            retry: self.retry.unwrap_or_default(),
            timeout,
            deadline,
            wait,
        })
    }

    /// The endpoint to use: explicit, else `SEAM_ENDPOINT`, else the
    /// deprecated `SEAM_API_URL` (with a warning), else the default.
    pub(crate) fn resolve_endpoint(&self) -> Result<String, Error> {
        let env = &self.env;
        if self.endpoint.is_none() && env.api_url.is_some() {
            if env.endpoint.is_some() {
                log::warn!(
                    "both SEAM_API_URL and SEAM_ENDPOINT are set; using SEAM_ENDPOINT (SEAM_API_URL is deprecated)"
                );
            } else {
                log::warn!("SEAM_API_URL is deprecated: use SEAM_ENDPOINT instead");
            }
        }
        let endpoint = self
            .endpoint
            .as_deref()
            .or(env.endpoint.as_deref())
            .or(env.api_url.as_deref())
            .unwrap_or(DEFAULT_ENDPOINT);
        normalize_endpoint(endpoint)
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

    const JWT: &str = "eyJhbGciOiJIUzI1NiJ9.e30.x";

    fn env(vars: &[(&str, &str)]) -> ClientBuilder {
        ClientBuilder::from_env_vars(vars.iter().copied())
    }

    fn message(result: Result<impl std::fmt::Debug, Error>) -> String {
        result.unwrap_err().to_string()
    }

    #[test]
    fn the_environment_gives_an_api_key_or_a_personal_access_token() {
        assert_eq!(
            env(&[("SEAM_API_KEY", "seam_k")]).resolve_auth().unwrap(),
            Auth::ApiKey("seam_k".into())
        );
        assert_eq!(
            env(&[
                ("SEAM_PERSONAL_ACCESS_TOKEN", "seam_at1"),
                ("SEAM_WORKSPACE_ID", "w1")
            ])
            .resolve_auth()
            .unwrap(),
            Auth::PersonalAccessToken {
                token: "seam_at1".into(),
                workspace_id: "w1".into()
            }
        );
    }

    #[test]
    fn conflicting_environments_are_invalid_options() {
        let both = env(&[
            ("SEAM_API_KEY", "seam_k"),
            ("SEAM_PERSONAL_ACCESS_TOKEN", "seam_at1"),
        ]);
        assert!(
            message(both.resolve_auth())
                .contains("both SEAM_API_KEY and SEAM_PERSONAL_ACCESS_TOKEN")
        );
        let no_workspace = env(&[("SEAM_PERSONAL_ACCESS_TOKEN", "seam_at1")]);
        assert!(message(no_workspace.resolve_auth()).contains("without SEAM_WORKSPACE_ID"));
        let key_and_workspace = env(&[("SEAM_API_KEY", "seam_k"), ("SEAM_WORKSPACE_ID", "w1")]);
        assert!(
            message(key_and_workspace.resolve_auth())
                .contains("SEAM_WORKSPACE_ID is set together with SEAM_API_KEY")
        );
        assert!(message(env(&[]).resolve_auth()).contains("no credentials"));
    }

    #[test]
    fn explicit_credentials_beat_the_environment() {
        let vars = [
            ("SEAM_API_KEY", "seam_env"),
            ("SEAM_PERSONAL_ACCESS_TOKEN", "seam_at_env"),
            ("SEAM_WORKSPACE_ID", "w_env"),
        ];
        // The environment alone would be a conflict; an explicit mode settles it.
        assert_eq!(
            env(&vars)
                .client_session_token("seam_cst1")
                .resolve_auth()
                .unwrap(),
            Auth::ClientSessionToken("seam_cst1".into())
        );
        assert_eq!(
            env(&vars)
                .console_session_token(JWT, "w1")
                .resolve_auth()
                .unwrap(),
            Auth::ConsoleSessionToken {
                token: JWT.into(),
                workspace_id: "w1".into()
            }
        );
        assert_eq!(
            env(&vars).api_key("seam_explicit").resolve_auth().unwrap(),
            Auth::ApiKey("seam_explicit".into())
        );
    }

    #[test]
    fn two_explicit_modes_are_invalid_options() {
        let err = message(
            ClientBuilder::new()
                .api_key("seam_k")
                .client_session_token("seam_cst1")
                .resolve_auth(),
        );
        assert!(
            err.contains("two authentication modes were set (API key and client session token)"),
            "{err}"
        );
        // The same mode twice: the last one wins.
        assert_eq!(
            ClientBuilder::new()
                .api_key("seam_a")
                .api_key("seam_b")
                .resolve_auth()
                .unwrap(),
            Auth::ApiKey("seam_b".into())
        );
    }

    #[test]
    fn endpoint_precedence() {
        let resolve = |b: ClientBuilder| b.resolve_endpoint().unwrap();
        assert_eq!(resolve(env(&[])), DEFAULT_ENDPOINT);
        assert_eq!(resolve(env(&[("SEAM_API_URL", "http://a")])), "http://a");
        assert_eq!(
            resolve(env(&[
                ("SEAM_API_URL", "http://a"),
                ("SEAM_ENDPOINT", "http://b")
            ])),
            "http://b"
        );
        assert_eq!(
            resolve(env(&[("SEAM_ENDPOINT", "http://b")]).endpoint("http://c/")),
            "http://c"
        );
    }

    #[test]
    fn empty_env_vars_count_as_unset() {
        let builder = env(&[("SEAM_API_KEY", ""), ("SEAM_ENDPOINT", "")]);
        assert_eq!(builder.env, EnvConfig::default());
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
