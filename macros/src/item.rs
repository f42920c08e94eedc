//! Checking the annotated item and preparing its fields.

use syn::punctuated::Punctuated;
use syn::{Attribute, Data, DeriveInput, Field, Fields, Token, Type};

use crate::args::Errors;

/// The derives the attribute adds itself.
const OWN_DERIVES: [&str; 3] = ["Serialize", "Debug", "Clone"];

/// What kind of struct the endpoint is.
pub(crate) enum Shape {
    /// Named fields (possibly none).
    Named,
    /// A unit struct: an endpoint without parameters.
    Unit,
}

/// Checks that `item` is a struct with named fields or a unit struct, and
/// that it does not derive what the attribute derives.
pub(crate) fn check(item: &DeriveInput) -> syn::Result<Shape> {
    let mut errors = Errors::default();
    let shape = match &item.data {
        Data::Struct(data) => match &data.fields {
            Fields::Named(_) => Some(Shape::Named),
            Fields::Unit => Some(Shape::Unit),
            Fields::Unnamed(fields) => {
                errors.push(syn::Error::new_spanned(
                    fields,
                    "#[seam_endpoint] needs named fields (one per parameter), not a tuple struct: write `struct Name { field: Type }`, or `struct Name;` for an endpoint without parameters",
                ));
                None
            }
        },
        Data::Enum(data) => {
            errors.push(syn::Error::new_spanned(
                data.enum_token,
                "#[seam_endpoint] goes on a struct with named fields or a unit struct, not on an enum: wrap the alternatives in a field of a struct",
            ));
            None
        }
        Data::Union(data) => {
            errors.push(syn::Error::new_spanned(
                data.union_token,
                "#[seam_endpoint] goes on a struct with named fields or a unit struct, not on a union",
            ));
            None
        }
    };
    for attr in &item.attrs {
        check_derive(attr, &mut errors);
    }
    errors.finish()?;
    shape.ok_or_else(|| syn::Error::new_spanned(&item.ident, "unsupported item"))
}

/// Flags a `#[derive(...)]` entry that the attribute already provides.
fn check_derive(attr: &Attribute, errors: &mut Errors) {
    if !attr.path().is_ident("derive") {
        return;
    }
    let Ok(paths) = attr.parse_args_with(Punctuated::<syn::Path, Token![,]>::parse_terminated)
    else {
        return;
    };
    for path in paths {
        let Some(last) = path.segments.last() else {
            continue;
        };
        let name = last.ident.to_string();
        if OWN_DERIVES.contains(&name.as_str()) {
            errors.push(syn::Error::new_spanned(
                &path,
                format!("#[seam_endpoint] already derives `{name}`: remove it from this `#[derive(...)]` (it derives Serialize, Debug and Clone itself)"),
            ));
        }
    }
}

/// Leaves `None` out of the request: adds `skip_serializing_if` to every
/// `Option<T>` field that does not decide that itself.
pub(crate) fn skip_none_options(item: &mut DeriveInput) {
    let Data::Struct(data) = &mut item.data else {
        return;
    };
    for field in data.fields.iter_mut() {
        if is_option(&field.ty) && !decides_skipping(field) {
            field.attrs.push(syn::parse_quote!(
                #[serde(skip_serializing_if = "::core::option::Option::is_none")]
            ));
        }
    }
}

/// Whether a type is written `Option<...>` (also `core::option::Option<...>`).
fn is_option(ty: &Type) -> bool {
    let Type::Path(path) = ty else {
        return false;
    };
    if path.qself.is_some() {
        return false;
    }
    path.path.segments.last().is_some_and(|seg| {
        seg.ident == "Option" && matches!(seg.arguments, syn::PathArguments::AngleBracketed(_))
    })
}

/// Whether the field's own serde attributes already say when it is skipped.
fn decides_skipping(field: &Field) -> bool {
    field
        .attrs
        .iter()
        .filter(|a| a.path().is_ident("serde"))
        .any(|attr| {
            let mut decides = false;
            // Unparseable attributes are serde's to report; treat them as deciding.
            let parsed = attr.parse_nested_meta(|meta| {
                if meta.path.is_ident("skip")
                    || meta.path.is_ident("skip_serializing")
                    || meta.path.is_ident("skip_serializing_if")
                    || meta.path.is_ident("flatten")
                {
                    decides = true;
                }
                if meta.input.peek(Token![=]) {
                    let value = meta.value()?;
                    while !value.is_empty() && !value.peek(Token![,]) {
                        value.parse::<proc_macro2::TokenTree>()?;
                    }
                } else if meta.input.peek(syn::token::Paren) {
                    let _: proc_macro2::TokenTree = meta.input.parse()?;
                }
                Ok(())
            });
            decides || parsed.is_err()
        })
}

/// The struct's `page_cursor` field's type, if it has one.
pub(crate) fn page_cursor_field(item: &DeriveInput) -> Option<&Type> {
    let Data::Struct(data) = &item.data else {
        return None;
    };
    data.fields
        .iter()
        .find(|f| f.ident.as_ref().is_some_and(|i| i == "page_cursor"))
        .map(|f| &f.ty)
}
