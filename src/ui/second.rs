//! The analysis of the Compare view's second article ("B"), beside the main one.
//!
//! It has its own [`Analyser`] (a second worker, started only once a second text arrives), so a
//! change of either text cancels only that text's stale analysis. The text is debounced like the
//! main one and, when the app persists, kept in `localStorage` (see [`storage`]).

use std::rc::Rc;

use yew::prelude::*;

use super::hooks::use_debounced;
use super::worker::{Analyser, Outcome, Request};
use super::{run, storage, Backend, DEBOUNCE_MS};
use crate::report::Report;

/// What became of the second text.
#[derive(Clone, Debug, PartialEq)]
pub enum Second {
    /// There is no second text.
    Empty,
    /// The text is being analysed (or waits for a typing pause).
    Pending,
    /// The analysis of the current text.
    Ready {
        text: Rc<str>,
        report: Rc<Report>,
    },
    Failed(String),
}

/// The second text's analysis, with the publication date the reader gave the first article (two
/// outlets on one story; without one, each article's own dateline is used). `persist` keeps the
/// settled text across reloads.
#[hook]
pub fn use_second_analysis(backend: &Backend, text: &str, date: Option<String>, persist: bool) -> Second {
    let input = (text.to_string(), date);
    let debounced = use_debounced(input.clone(), DEBOUNCE_MS);
    let result = use_state(|| None::<(u32, Second)>);
    let counter = use_mut_ref(|| 0_u32);
    let analyser = use_mut_ref(|| None::<Analyser>);
    let id = {
        let counter = counter.clone();
        *use_memo(debounced.clone(), move |_| {
            *counter.borrow_mut() += 1;
            *counter.borrow()
        })
    };
    let on_outcome = {
        let result = result.clone();
        use_callback((), move |outcome: Outcome, _| match outcome {
            Outcome::Ready => {}
            Outcome::Done { text, response } => {
                let report = Rc::new(response.report);
                result.set(Some((response.id, Second::Ready { text, report })));
            }
            Outcome::Failed { id, message } => result.set(Some((id, Second::Failed(message)))),
        })
    };
    {
        let (backend, analyser) = (backend.clone(), analyser.clone());
        let (text, date) = debounced.clone();
        use_effect_with(id, move |&id| {
            if persist {
                storage::save_compare(&text);
            }
            if text.is_empty() {
                // Nothing to compare: the second worker is not needed any more.
                analyser.borrow_mut().take();
            } else {
                run(&backend, &analyser, Request { id, text, date }, &on_outcome);
            }
        });
    }
    match &*result {
        _ if input.0.is_empty() => Second::Empty,
        Some((answered, second)) if *answered == id && debounced == input => second.clone(),
        _ => Second::Pending,
    }
}
