use seamapi::seam_endpoint;

#[seam_endpoint]
struct ListDevices;

fn main() {}
