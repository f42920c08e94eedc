//! Generating the endpoint: the struct with its derives, the `Endpoint`
//! implementation and `send`.

use proc_macro2::TokenStream;
use quote::{ToTokens, quote, quote_spanned};
use syn::DeriveInput;
use syn::spanned::Spanned;

use crate::args;
use crate::item::{self, Shape};

/// Expands the attribute. On any error the item is emitted unchanged next to
/// the errors, so that one mistake does not cascade into many.
pub(crate) fn expand(args: TokenStream, item: TokenStream) -> TokenStream {
    match try_expand(args, item.clone()) {
        Ok(tokens) => tokens,
        Err(error) => {
            let mut tokens = item;
            tokens.extend(error.to_compile_error());
            tokens
        }
    }
}

fn try_expand(args: TokenStream, item: TokenStream) -> syn::Result<TokenStream> {
    let parsed_args = args::parse(args);
    let parsed_item = syn::parse2::<DeriveInput>(item).map_err(|e| {
        syn::Error::new(
            e.span(),
            "#[seam_endpoint] goes on a struct with named fields or a unit struct",
        )
    });
    let (args, mut item, shape) = match (parsed_args, parsed_item) {
        (Ok(args), Ok(item)) => {
            let shape = item::check(&item)?;
            (args, item, shape)
        }
        (Err(mut a), Ok(item)) => {
            if let Err(i) = item::check(&item) {
                a.combine(i);
            }
            return Err(a);
        }
        (Ok(_), Err(i)) => return Err(i),
        (Err(mut a), Err(i)) => {
            a.combine(i);
            return Err(a);
        }
    };

    item::skip_none_options(&mut item);

    let ident = &item.ident;
    let vis = &item.vis;
    let (impl_generics, ty_generics, where_clause) = item.generics.split_for_impl();
    let rt = quote!(::seamapi::__private::runtime);
    let serde = quote!(::seamapi::__private::serde);

    let method = match args.method.to_string().as_str() {
        "GET" => quote!(Get),
        "POST" => quote!(Post),
        "PUT" => quote!(Put),
        "PATCH" => quote!(Patch),
        _ => quote!(Delete),
    };
    let path = &args.path;
    let response = match (&args.response, &args.action_attempt) {
        (Some(response), _) => response.to_token_stream(),
        (None, Some(_)) => quote!(#rt::ActionAttempt),
        (None, None) => quote!(()),
    };
    let shape_tokens = match (&args.response, &args.key, &args.action_attempt) {
        (None, _, Some(_)) => quote!(#rt::ResponseShape::Key("action_attempt")),
        (None, _, None) => quote!(#rt::ResponseShape::Discard),
        (Some(_), None, _) => quote!(#rt::ResponseShape::Whole),
        (Some(_), Some(key), _) => quote!(#rt::ResponseShape::Key(#key)),
    };
    let action_attempt = args.action_attempt.as_ref().map(|_| {
        quote! {
            const ACTION_ATTEMPT: ::core::option::Option<
                fn(&mut Self::Response) -> &mut #rt::ActionAttempt,
            > = ::core::option::Option::Some({
                fn attempt(response: &mut #rt::ActionAttempt) -> &mut #rt::ActionAttempt {
                    response
                }
                attempt
            });
        }
    });
    let paginated = match &args.paginated {
        None => TokenStream::new(),
        Some(flag) => {
            let cursor = item::page_cursor_field(&item).ok_or_else(|| {
                syn::Error::new_spanned(
                    flag,
                    "`paginated` needs a field `page_cursor: Option<String>` to select pages with",
                )
            })?;
            // Spanned on the field, so that a wrong type points there.
            let set = quote_spanned!(cursor.span()=> self.page_cursor = cursor;);
            quote! {
                #[allow(deprecated)]
                impl #impl_generics #rt::Paginated for #ident #ty_generics #where_clause {
                    fn set_page_cursor(
                        &mut self,
                        cursor: ::core::option::Option<::std::string::String>,
                    ) {
                        #set
                    }
                }
            }
        }
    };
    let validate = args.validate.as_ref().map(|validate| {
        // Spanned on the user's path, so that a wrong signature points there.
        let call = quote_spanned!(validate.span()=> #validate(self));
        quote! {
            fn validate(&self) -> ::core::result::Result<(), #rt::Error> {
                #call
            }
        }
    });

    let (derives, serialize_impl) = match shape {
        Shape::Named => (
            quote! {
                #[derive(::core::fmt::Debug, ::core::clone::Clone, #serde::Serialize)]
                #[serde(crate = "::seamapi::__private::serde")]
            },
            TokenStream::new(),
        ),
        // A unit struct has no parameters (`TAKES_PARAMETERS` is false, so
        // the client sends no body or query); it serializes as unit.
        Shape::Unit => (
            quote!(#[derive(::core::fmt::Debug, ::core::clone::Clone)]),
            quote! {
                #[allow(deprecated)]
                impl #impl_generics #serde::Serialize for #ident #ty_generics #where_clause {
                    fn serialize<__S: #serde::Serializer>(
                        &self,
                        serializer: __S,
                    ) -> ::core::result::Result<__S::Ok, __S::Error> {
                        serializer.serialize_unit()
                    }
                }
            },
        ),
    };

    let takes_parameters = !matches!(shape, Shape::Unit);
    let send_doc = format!(
        "Sends this request (`{} {}`) with `client` and returns its typed response.",
        args.method,
        args.path.value()
    );

    Ok(quote! {
        #derives
        #item

        #serialize_impl

        #[allow(deprecated)]
        impl #impl_generics #rt::Endpoint for #ident #ty_generics #where_clause {
            type Response = #response;
            const METHOD: #rt::Method = #rt::Method::#method;
            const PATH: &'static str = #path;
            const RESPONSE: #rt::ResponseShape = #shape_tokens;
            const TAKES_PARAMETERS: bool = #takes_parameters;
            #action_attempt
            #validate
        }

        #paginated

        #[allow(deprecated)]
        impl #impl_generics #ident #ty_generics #where_clause {
            #[doc = #send_doc]
            #vis fn send(
                &self,
                client: &#rt::Client,
            ) -> ::core::result::Result<#response, #rt::Error> {
                client.call(self)
            }
        }
    })
}
