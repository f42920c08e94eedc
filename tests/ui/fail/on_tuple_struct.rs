use seamapi::seam_endpoint;

#[seam_endpoint(POST, "/devices/get")]
struct GetDevice(String);

fn main() {}
