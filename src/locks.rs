//! Locks: locking and unlocking doors.
//!
//! Both actions return an [`ActionAttempt`](crate::ActionAttempt); by default the call waits until
//! the lock has carried it out (see [`WaitOptions`](crate::WaitOptions)).
//!
//! ```no_run
//! use seamapi::locks::UnlockDoor;
//! use seamapi::{ActionAttemptStatus, Client, Uuid};
//!
//! let client = Client::from_env()?;
//! let device_id: Uuid = "6ba7b811-9dad-11d1-80b4-00c04fd430c8".parse().unwrap();
//! let attempt = UnlockDoor::new(device_id).send(&client)?; // waits, up to 10 s
//! assert!(matches!(attempt.status, ActionAttemptStatus::Success { .. }));
//! # Ok::<(), seamapi::Error>(())
//! ```

use crate::{Uuid, seam_endpoint};

/// `POST /locks/unlock_door`: unlocks a door, and by default waits until
/// the lock has done it.
///
/// See <https://docs.seam.co/api/locks/unlock_door>.
#[seam_endpoint(POST, "/locks/unlock_door", action_attempt)]
#[non_exhaustive]
pub struct UnlockDoor {
    /// The lock.
    pub device_id: Uuid,
}

impl UnlockDoor {
    /// Unlocks this lock.
    pub fn new(device_id: Uuid) -> Self {
        UnlockDoor { device_id }
    }
}

/// `POST /locks/lock_door`: locks a door, and by default waits until the
/// lock has done it.
///
/// See <https://docs.seam.co/api/locks/lock_door>.
#[seam_endpoint(POST, "/locks/lock_door", action_attempt)]
#[non_exhaustive]
pub struct LockDoor {
    /// The lock.
    pub device_id: Uuid,
}

impl LockDoor {
    /// Locks this lock.
    pub fn new(device_id: Uuid) -> Self {
        LockDoor { device_id }
    }
}
