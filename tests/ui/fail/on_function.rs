use seamapi::seam_endpoint;

#[seam_endpoint(POST, "/devices/get")]
fn get_device() {}

fn main() {}
