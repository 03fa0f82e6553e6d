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

/// Items a long list shows at first, and adds per "Show more".
pub const PAGE: usize = 100;

/// How many of `total` items a list shows: the first [`PAGE`], a page more per call of the returned
/// callback, and always up to the item at position `keep` (the selected one), so that a long text's
/// panels build only what the reader asks for.
#[hook]
pub fn use_shown(total: usize, keep: Option<usize>) -> (usize, Callback<()>) {
    let pages = use_state_eq(|| 1_usize);
    let more = {
        let pages = pages.clone();
        Callback::from(move |()| pages.set(*pages + 1))
    };
    let shown = (*pages * PAGE).max(keep.map_or(0, |k| k + 1)).min(total);
    (shown, more)
}

/// A drop zone's hover state: whether something is dragged over it, kept by its `dragover` and
/// `dragleave` handlers (the zone's drop handler clears it).
pub struct DragOver {
    pub dragging: UseStateHandle<bool>,
    pub ondragover: Callback<DragEvent>,
    pub ondragleave: Callback<DragEvent>,
}

#[hook]
pub fn use_drag_over() -> DragOver {
    let dragging = use_state_eq(|| false);
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    DragOver {
        dragging,
        ondragover,
        ondragleave,
    }
}
