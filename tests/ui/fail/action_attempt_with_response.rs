use seamapi::seam_endpoint;

#[seam_endpoint(POST, "/locks/unlock_door", response = String, action_attempt)]
struct UnlockDoor {
    device_id: String,
}

fn main() {}
