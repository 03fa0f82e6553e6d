//! The app's one piece of mutable state and the actions that change it.
//!
//! Only the root component holds the reducer; leaf components receive plain data and callbacks. The
//! report is not stored here: it is derived from the (debounced) text and date with `use_memo`.

use std::rc::Rc;

use yew::Reducible;

use crate::analysis::highlight::Item;
use crate::workbench::corrections::Correction;

/// The example article offered by "Load example": a fictional wire story written for Lede.
pub const EXAMPLE_ARTICLE: &str = include_str!("example-article.txt");

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct State {
    /// The article as typed, pasted or loaded.
    pub text: String,
    /// The publication date the reader entered (`YYYY-MM-DD`); `None` lets the analysis detect one.
    pub date: Option<String>,
    /// The item whose mentions are highlighted in the article.
    pub selected: Option<Item>,
    /// The last text change should be analysed at once rather than after a typing pause.
    pub immediate: bool,
    /// Larger type, for a projector.
    pub large_text: bool,
    /// A problem to show near the input (unreadable file, ...).
    pub notice: Option<String>,
    /// The view shown beside the article.
    pub view: View,
    /// The teacher's corrections of this text's report, oldest first (cleared when the text changes).
    pub corrections: Vec<Correction>,
    /// The second article of the Compare view ("B"; the article above is "A").
    pub compare_text: String,
    /// Presentation mode: one slide at a time, full width, for a projector.
    pub presenting: Option<Slide>,
}

/// What presentation mode shows: the article, or one view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Slide {
    Article,
    View(View),
}

impl Slide {
    /// The slides in the order PageDown steps through them: the article, then every view of it
    /// (the voices audit, of a set of articles, is not one).
    pub fn all() -> impl Iterator<Item = Slide> {
        let views = View::ALL.iter().filter(|&&v| v != View::Audit);
        std::iter::once(Slide::Article).chain(views.map(|&v| Slide::View(v)))
    }

    pub fn count() -> usize {
        Slide::all().count()
    }

    /// The position among [`Slide::all`], from 0.
    pub fn index(self) -> usize {
        Slide::all().position(|s| s == self).unwrap_or(0)
    }

    /// The slide `delta` steps away, stopping at the first and the last.
    pub fn step(self, delta: isize) -> Slide {
        let last = Slide::count() as isize - 1;
        let at = (self.index() as isize).saturating_add(delta).clamp(0, last) as usize;
        Slide::all().nth(at).unwrap_or(Slide::Article)
    }

    pub fn title(self) -> &'static str {
        match self {
            Slide::Article => "Article",
            Slide::View(v) => v.title(),
        }
    }
}

/// The views beside the article: the four finding panels, then the workbench's views.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum View {
    #[default]
    Findings,
    ShareOfVoice,
    Sources,
    AttributionLanguage,
    Timeline,
    Compare,
    /// The voices audit of a set of articles (not of the article above).
    Audit,
}

impl View {
    pub const ALL: [View; 7] = [
        View::Findings,
        View::ShareOfVoice,
        View::Sources,
        View::AttributionLanguage,
        View::Timeline,
        View::Compare,
        View::Audit,
    ];

    /// The heading users look for.
    pub fn title(self) -> &'static str {
        match self {
            View::Findings => "Findings",
            View::ShareOfVoice => "Share of voice",
            View::Sources => "Sources",
            View::AttributionLanguage => "Attribution language",
            View::Timeline => "Timeline",
            View::Compare => "Compare",
            View::Audit => "Voices audit",
        }
    }

    /// A stable id fragment (`view-share-of-voice`), for anchors, tests and CSS.
    pub fn slug(self) -> &'static str {
        match self {
            View::Findings => "findings",
            View::ShareOfVoice => "share-of-voice",
            View::Sources => "sources",
            View::AttributionLanguage => "attribution-language",
            View::Timeline => "timeline",
            View::Compare => "compare",
            View::Audit => "audit",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// The reader typed or pasted.
    Edit(String),
    /// A whole new text arrived at once (dropped or opened file).
    Replace(String),
    LoadExample,
    Clear,
    /// The date field changed; an empty value clears the reader's date.
    SetDate(String),
    /// Selects an item, or clears the selection when it is selected already.
    Select(Item),
    ClearSelection,
    ToggleLargeText,
    Notice(String),
    /// Shows one view beside the article.
    ShowView(View),
    /// Adds a correction of the report (and clears the selection, whose item may be gone).
    Correct(Correction),
    /// Undoes the correction at this position of the list.
    Undo(usize),
    /// Undoes the latest correction.
    UndoLast,
    /// A text and its date arrive together (a share link opened in the running app).
    Restore {
        text: String,
        date: Option<String>,
        corrections: Vec<Correction>,
    },
    /// The second article of the Compare view changed (typed, pasted or dropped).
    EditCompare(String),
    /// Enters presentation mode on the article, or leaves it.
    Present(bool),
    /// In presentation mode: the slide `n` steps away (negative: back); `isize::MIN`/`MAX`: first/last.
    Step(isize),
}

impl State {
    fn with_text(&self, text: String, immediate: bool) -> State {
        // Corrections belong to one text: another text starts without them.
        let corrections = if text == self.text {
            self.corrections.clone()
        } else {
            Vec::new()
        };
        State {
            corrections,
            text,
            selected: None,
            immediate,
            notice: None,
            ..self.clone()
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::Edit(text) => self.with_text(text, false),
            Action::Replace(text) => self.with_text(text, true),
            Action::LoadExample => {
                // The example carries its own dateline; a date typed for another article must not stick.
                State {
                    date: None,
                    ..self.with_text(EXAMPLE_ARTICLE.to_string(), true)
                }
            }
            Action::Restore {
                text,
                date,
                corrections,
            } => State {
                date,
                corrections,
                ..self.with_text(text, true)
            },
            Action::Clear => State {
                date: None,
                compare_text: String::new(),
                ..self.with_text(String::new(), true)
            },
            Action::SetDate(value) => {
                let value = value.trim();
                let date = (!value.is_empty()).then(|| value.to_string());
                State {
                    date,
                    selected: None,
                    immediate: true,
                    ..(*self).clone()
                }
            }
            Action::Select(item) => {
                let selected = if self.selected == Some(item) {
                    None
                } else {
                    Some(item)
                };
                State {
                    selected,
                    ..(*self).clone()
                }
            }
            Action::ClearSelection => {
                if self.selected.is_none() {
                    return self;
                }
                State {
                    selected: None,
                    ..(*self).clone()
                }
            }
            Action::ToggleLargeText => State {
                large_text: !self.large_text,
                ..(*self).clone()
            },
            Action::ShowView(view) => State {
                view,
                presenting: self.presenting.map(|_| Slide::View(view)),
                ..(*self).clone()
            },
            Action::EditCompare(compare_text) => State {
                compare_text,
                ..(*self).clone()
            },
            Action::Present(on) => State {
                presenting: on.then_some(Slide::Article),
                ..(*self).clone()
            },
            Action::Correct(correction) => {
                let mut corrections = self.corrections.clone();
                corrections.push(correction);
                State {
                    corrections,
                    selected: None,
                    ..(*self).clone()
                }
            }
            Action::Undo(index) => {
                let mut corrections = self.corrections.clone();
                if index < corrections.len() {
                    corrections.remove(index);
                }
                State {
                    corrections,
                    selected: None,
                    ..(*self).clone()
                }
            }
            Action::UndoLast => {
                let mut corrections = self.corrections.clone();
                corrections.pop();
                State {
                    corrections,
                    selected: None,
                    ..(*self).clone()
                }
            }
            Action::Step(delta) => {
                let Some(slide) = self.presenting else {
                    return self;
                };
                let slide = slide.step(delta);
                State {
                    presenting: Some(slide),
                    view: match slide {
                        Slide::View(v) => v,
                        Slide::Article => self.view,
                    },
                    ..(*self).clone()
                }
            }
            Action::Notice(message) => State {
                notice: Some(message),
                ..(*self).clone()
            },
        };
        Rc::new(next)
    }
}
