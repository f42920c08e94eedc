//! Parsing and checking the attribute's arguments.

use proc_macro2::{Span, TokenStream};
use syn::parse::{Parse, ParseStream, Parser};
use syn::{Ident, LitStr, Path, Token, Type};

/// The accepted methods, as written in the attribute.
const METHODS: [&str; 5] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

/// The options after the path, as written in the attribute.
const OPTIONS: &str = "`response = Type`, `key = \"field\"`, `validate = path::to::fn`, `paginated` or `action_attempt`";

/// What the attribute says.
pub(crate) struct Args {
    /// One of [`METHODS`].
    pub method: Ident,
    pub path: LitStr,
    pub response: Option<Type>,
    pub key: Option<LitStr>,
    pub validate: Option<Path>,
    /// `paginated`: the endpoint lists pages selected by `page_cursor`.
    pub paginated: Option<Ident>,
    /// `action_attempt`: the endpoint starts an action and returns its attempt.
    pub action_attempt: Option<Ident>,
}

/// Parses the arguments, reporting every problem found at once.
pub(crate) fn parse(tokens: TokenStream) -> syn::Result<Args> {
    if tokens.is_empty() {
        return Err(syn::Error::new(
            Span::call_site(),
            "missing arguments: expected `#[seam_endpoint(METHOD, \"/path\", response = Type, key = \"field\")]`",
        ));
    }
    Parser::parse2(Args::parse, tokens)
}

/// Collects errors so that the user sees all of them at once.
#[derive(Default)]
pub(crate) struct Errors(Option<syn::Error>);

impl Errors {
    pub(crate) fn push(&mut self, error: syn::Error) {
        match &mut self.0 {
            Some(existing) => existing.combine(error),
            None => self.0 = Some(error),
        }
    }

    pub(crate) fn finish(self) -> syn::Result<()> {
        self.0.map_or(Ok(()), Err)
    }
}

impl Parse for Args {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let mut errors = Errors::default();

        let method: Ident = input.parse().map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected the HTTP method first: one of GET, POST, PUT, PATCH, DELETE",
            )
        })?;
        if !METHODS.contains(&method.to_string().as_str()) {
            errors.push(syn::Error::new_spanned(
                &method,
                format!(
                    "unknown HTTP method `{method}`: expected one of GET, POST, PUT, PATCH, DELETE"
                ),
            ));
        }

        if input.is_empty() {
            return Err(syn::Error::new_spanned(
                &method,
                "missing path: expected `#[seam_endpoint(METHOD, \"/path\", ...)]`",
            ));
        }
        input.parse::<Token![,]>()?;
        let path: LitStr = input.parse().map_err(|e| {
            syn::Error::new(
                e.span(),
                "expected the path as a string literal, e.g. \"/access_grants/create\"",
            )
        })?;
        if let Err(problem) = check_path(&path.value()) {
            errors.push(syn::Error::new_spanned(&path, problem));
        }

        let mut response: Option<Type> = None;
        let mut key: Option<LitStr> = None;
        let mut validate: Option<Path> = None;
        let mut paginated: Option<Ident> = None;
        let mut action_attempt: Option<Ident> = None;
        while !input.is_empty() {
            input.parse::<Token![,]>()?;
            if input.is_empty() {
                break;
            }
            let name: Ident = input
                .parse()
                .map_err(|e| syn::Error::new(e.span(), format!("expected an option: {OPTIONS}")))?;
            if matches!(name.to_string().as_str(), "paginated" | "action_attempt") {
                if input.peek(Token![=]) {
                    errors.push(syn::Error::new_spanned(
                        &name,
                        format!("`{name}` takes no value: write just `{name}`"),
                    ));
                    input.parse::<Token![=]>()?;
                    while !input.is_empty() && !input.peek(Token![,]) {
                        input.parse::<proc_macro2::TokenTree>()?;
                    }
                }
                let slot = if name == "paginated" {
                    &mut paginated
                } else {
                    &mut action_attempt
                };
                if slot.is_some() {
                    errors.push(syn::Error::new_spanned(
                        &name,
                        format!("duplicate option `{name}`: give it once"),
                    ));
                } else {
                    *slot = Some(name);
                }
                continue;
            }
            let known = matches!(name.to_string().as_str(), "response" | "key" | "validate");
            if !known {
                errors.push(syn::Error::new_spanned(
                    &name,
                    format!("unknown option `{name}`: expected {OPTIONS}"),
                ));
            }
            input
                .parse::<Token![=]>()
                .map_err(|e| syn::Error::new(e.span(), format!("expected `=` after `{name}`")))?;
            let duplicate = |errors: &mut Errors| {
                errors.push(syn::Error::new_spanned(
                    &name,
                    format!("duplicate option `{name}`: give it once"),
                ))
            };
            match name.to_string().as_str() {
                "response" => {
                    let ty: Type = input.parse()?;
                    if response.is_some() {
                        duplicate(&mut errors);
                    } else {
                        response = Some(ty);
                    }
                }
                "key" => {
                    let lit: LitStr = input.parse().map_err(|e| {
                        syn::Error::new(
                            e.span(),
                            "expected the envelope key as a string literal, e.g. \"access_grant\"",
                        )
                    })?;
                    if lit.value().is_empty() {
                        errors.push(syn::Error::new_spanned(
                            &lit,
                            "the envelope key must not be empty",
                        ));
                    }
                    if key.is_some() {
                        duplicate(&mut errors);
                    } else {
                        key = Some(lit);
                    }
                }
                "validate" => {
                    let path: Path = input.parse().map_err(|e| {
                        syn::Error::new(
                            e.span(),
                            "expected the path of a `fn(&Self) -> Result<(), seamapi::Error>`",
                        )
                    })?;
                    if validate.is_some() {
                        duplicate(&mut errors);
                    } else {
                        validate = Some(path);
                    }
                }
                _ => {
                    // Skip the unknown option's value up to the next comma.
                    while !input.is_empty() && !input.peek(Token![,]) {
                        input.parse::<proc_macro2::TokenTree>()?;
                    }
                }
            }
        }

        if let (Some(flag), Some(response)) = (&action_attempt, &response) {
            errors.push(syn::Error::new_spanned(
                response,
                format!("`{flag}` sets the response itself (the action attempt, under `action_attempt`): remove `response`"),
            ));
        }
        if let (Some(flag), Some(paginated)) = (&action_attempt, &paginated) {
            errors.push(syn::Error::new_spanned(
                paginated,
                format!("`{flag}` and `paginated` exclude each other: an action returns one attempt, not pages"),
            ));
        }
        if let (Some(key), None) = (&key, &response) {
            errors.push(syn::Error::new_spanned(
                key,
                "`key` needs `response = Type`: without a response type there is nothing to unwrap",
            ));
        }

        errors.finish()?;
        Ok(Args {
            method,
            path,
            response,
            key,
            validate,
            paginated,
            action_attempt,
        })
    }
}

/// Checks an endpoint path; the error says what is wrong.
pub(crate) fn check_path(path: &str) -> Result<(), String> {
    if !path.starts_with('/') {
        return Err(format!(
            "the path `{path}` must start with `/`, e.g. \"/access_grants/create\""
        ));
    }
    if path.len() > 1 && path.ends_with('/') {
        return Err(format!("the path `{path}` must not end with `/`"));
    }
    if path == "/" {
        return Err("the path must name an endpoint, e.g. \"/access_grants/create\"".to_owned());
    }
    if let Some(c) = path.chars().find(|c| c.is_whitespace()) {
        return Err(format!(
            "the path `{path}` must not contain white space ({c:?})"
        ));
    }
    if let Some(c) = path.chars().find(|c| matches!(c, '?' | '#' | '{' | '}')) {
        return Err(format!(
            "the path `{path}` must not contain `{c}`: give a plain path, parameters go in the struct's fields"
        ));
    }
    if path.contains("//") {
        return Err(format!("the path `{path}` has an empty segment (`//`)"));
    }
    if let Some(c) = path
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '/' | '_' | '-' | '.')))
    {
        return Err(format!(
            "the path `{path}` contains `{c}`: only ASCII letters, digits, `_`, `-`, `.` and `/` are accepted"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use quote::quote;

    fn error_of(tokens: TokenStream) -> String {
        match parse(tokens) {
            Ok(_) => panic!("accepted"),
            Err(e) => e.to_compile_error().to_string(),
        }
    }

    #[test]
    fn parses_every_option() {
        let args = parse(quote!(
            POST,
            "/access_grants/create",
            response = AccessGrant,
            key = "access_grant",
            validate = Self::check,
        ))
        .unwrap();
        assert_eq!(args.method.to_string(), "POST");
        assert_eq!(args.path.value(), "/access_grants/create");
        assert!(args.response.is_some());
        assert_eq!(args.key.unwrap().value(), "access_grant");
        assert!(args.validate.is_some());
        let args = parse(quote!(GET, "/devices/list")).unwrap();
        assert!(args.response.is_none() && args.key.is_none() && args.validate.is_none());
        assert!(args.paginated.is_none() && args.action_attempt.is_none());
        let args = parse(quote!(
            GET,
            "/devices/list",
            response = DeviceList,
            paginated
        ))
        .unwrap();
        assert!(args.paginated.is_some());
        let args = parse(quote!(POST, "/locks/unlock_door", action_attempt)).unwrap();
        assert!(args.action_attempt.is_some() && args.response.is_none());
    }

    #[test]
    fn reports_every_problem() {
        let e = error_of(quote!(FETCH, "devices", colour = 1, key = "x"));
        assert!(e.contains("unknown HTTP method `FETCH`"), "{e}");
        assert!(e.contains("must start with `/`"), "{e}");
        assert!(e.contains("unknown option `colour`"), "{e}");
        assert!(e.contains("`key` needs `response"), "{e}");
        let e = error_of(quote!(GET, "/a", response = A, response = B));
        assert!(e.contains("duplicate option `response`"), "{e}");
        assert!(error_of(quote!()).contains("missing arguments"));
        assert!(error_of(quote!(GET)).contains("missing path"));
        assert!(error_of(quote!("/a")).contains("expected the HTTP method"));
        assert!(error_of(quote!(GET, a)).contains("string literal"));
        assert!(
            error_of(quote!(POST, "/a", action_attempt, response = A))
                .contains("sets the response itself")
        );
        assert!(error_of(quote!(POST, "/a", paginated = true)).contains("takes no value"));
        assert!(
            error_of(quote!(POST, "/a", paginated, paginated))
                .contains("duplicate option `paginated`")
        );
    }

    #[test]
    fn checks_paths() {
        assert!(check_path("/access_grants/unmanaged/get").is_ok());
        assert!(check_path("/seam/v1.0/x-y").is_ok());
        for bad in [
            "",
            "a/b",
            "/a/",
            "/",
            "/a b",
            "/a?x=1",
            "/a#f",
            "/a/{id}",
            "/a//b",
            "/caf\u{e9}",
            "/a%20",
        ] {
            assert!(check_path(bad).is_err(), "{bad}");
        }
    }
}
