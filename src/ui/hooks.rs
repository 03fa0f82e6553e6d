//! Custom hooks.

use gloo::timers::callback::Timeout;
use yew::prelude::*;

/// `value`, once it has stayed unchanged for `millis` milliseconds.
///
/// Every change restarts the timer, so typing quickly yields one update after the pause. With
/// `millis == 0` the value follows on the next tick.
#[hook]
pub fn use_debounced<T>(value: T, millis: u32) -> T
where
    T: Clone + PartialEq + 'static,
{
    let debounced = use_state_eq(|| value.clone());
    {
        let debounced = debounced.clone();
        use_effect_with(value, move |value| {
            let value = value.clone();
            let timeout = Timeout::new(millis, move || debounced.set(value));
            move || drop(timeout)
        });
    }
    (*debounced).clone()
}
