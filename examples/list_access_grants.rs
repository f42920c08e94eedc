//! Lists every access grant of a user identity, page by page, through the
//! paginator: one request per page, one page in memory at a time.
//!
//! `SEAM_API_KEY` (and optionally `SEAM_ENDPOINT`) configure the client;
//! `SEAM_USER_IDENTITY_ID` names the user identity (every grant when unset).
//! `SEAM_PAGE_CURSOR` resumes a listing from a cursor it printed earlier.
//!
//! ```sh
//! SEAM_API_KEY=seam_... SEAM_USER_IDENTITY_ID=... cargo run --example list_access_grants
//! ```

use std::process::ExitCode;

use seamapi::access_grants::ListAccessGrants;
use seamapi::{Client, Uuid};

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let client = Client::from_env()?;
    let mut request = ListAccessGrants::new().limit(100);
    if let Ok(id) = std::env::var("SEAM_USER_IDENTITY_ID") {
        request = request.user_identity_id(id.parse::<Uuid>()?);
    }
    let mut pages = client.paginate(request);
    if let Ok(cursor) = std::env::var("SEAM_PAGE_CURSOR") {
        pages = pages.resume_from(cursor);
    }

    let mut count = 0;
    while let Some(page) = pages.next_page() {
        let page = match page {
            Ok(page) => page,
            Err(error) => {
                // Resume from here later with SEAM_PAGE_CURSOR.
                if let Some(cursor) = pages.cursor() {
                    eprintln!("stopped at cursor {cursor}");
                }
                return Err(error.into());
            }
        };
        for grant in &page.items {
            count += 1;
            let ends = grant
                .ends_at
                .map_or_else(|| "no end".to_owned(), |t| t.to_string());
            println!(
                "{:>4}. {}  {:<30} {} -> {}  ({} access methods)",
                count,
                grant.access_grant_id,
                grant.display_name,
                grant.starts_at,
                ends,
                grant.access_method_ids.len(),
            );
        }
        if let Some(cursor) = pages.cursor() {
            println!("      … next page: {cursor}");
        }
    }
    println!("{count} access grants");
    Ok(())
}
