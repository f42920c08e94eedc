use seamapi::seam_endpoint;

#[seam_endpoint(POST)]
struct ListDevices;

fn main() {}
