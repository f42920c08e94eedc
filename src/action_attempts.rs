//! Action attempts: how an action (unlocking a door, say) is going.

pub use seamapi_runtime::{
    ActionAttempt, ActionAttemptError, ActionAttemptStatus, ActionType, GetActionAttempt,
    WaitOptions,
};
