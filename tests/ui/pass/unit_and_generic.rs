use seamapi::{Client, Endpoint, Error, ResponseShape, seam_endpoint};

/// No parameters, no response.
#[seam_endpoint(GET, "/workspaces/list")]
pub struct ListWorkspaces;

/// The whole body as the response, generic over a borrowed field.
#[seam_endpoint(DELETE, "/access_codes/delete", response = Deleted)]
pub struct DeleteAccessCode<'a> {
    pub access_code_id: &'a str,
}

#[derive(Debug, serde::Deserialize)]
pub struct Deleted {
    pub ok: bool,
}

/// Trailing comma, every method.
#[seam_endpoint(PATCH, "/a", response = Deleted,)]
pub struct A {}
#[seam_endpoint(PUT, "/b")]
pub struct B {}

fn main() {
    assert_eq!(ListWorkspaces::RESPONSE, ResponseShape::Discard);
    assert_eq!(<DeleteAccessCode<'_> as Endpoint>::RESPONSE, ResponseShape::Whole);
    let _: fn(&ListWorkspaces, &Client) -> Result<(), Error> = ListWorkspaces::send;
    let id = String::from("x");
    let request = DeleteAccessCode { access_code_id: &id };
    let _ = request.clone();
    let _ = (A {}, B {});
}
