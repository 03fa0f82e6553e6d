//! Chosen files read into new articles of the voices audit's set: in the audit's workers when there
//! are some ([`super::batch::BatchAnalyser::read`]: a worker reads a file without holding up the
//! page), else on the page. Once every file of a choice is read, its articles join the set
//! together, in the order chosen, and the files left out (not text, or too large) are counted in a
//! notice.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::file::callbacks::FileReader;
use yew::Callback;

use super::worker::{file_read, taken_kind, FileRead};

/// A choice of files read: each text read with its file's name, in the order chosen, and how many
/// files were left out (not text, or too large).
#[derive(Debug)]
pub struct Chosen {
    pub read: Vec<(String, String)>,
    pub skipped: usize,
}

/// One choice of files being read: files `base..base + read.len()` of all chosen.
struct Reading {
    base: usize,
    left: usize,
    read: Vec<Option<(String, String)>>,
    skipped: usize,
    /// The page's own reads (when no worker reads), kept until they call back.
    tasks: Vec<FileReader>,
    finished: Callback<Chosen>,
    /// Told when the reads are lost.
    lost: Callback<()>,
}

/// The choices being read, and the place the next one starts at.
#[derive(Default)]
pub struct Readings {
    next: usize,
    list: Vec<Reading>,
}

pub type Shared = Rc<RefCell<Readings>>;

/// Starts a choice of `count` files, told to `finished` once all are read (or to `lost` when their
/// reads are lost); its first file's place.
pub fn begin(shared: &Shared, count: usize, finished: Callback<Chosen>, lost: Callback<()>) -> usize {
    let mut r = shared.borrow_mut();
    let base = r.next;
    r.next += count;
    r.list.push(Reading {
        base,
        left: count,
        read: vec![None; count],
        skipped: 0,
        tasks: Vec::new(),
        finished,
        lost,
    });
    base
}

/// Forgets every choice still being read, silently (the set was cleared).
pub fn forget(shared: &Shared) {
    shared.borrow_mut().list.clear();
}

/// Forgets every choice still being read (its reads were lost with a worker) and tells each.
pub fn abandon(shared: &Shared) {
    let list = std::mem::take(&mut shared.borrow_mut().list);
    for choice in list {
        choice.lost.emit(());
    }
}

/// Takes one file's outcome (from a worker or the page); after the last file of its choice, the
/// choice's articles join the set and the files left out are told.
pub fn done(shared: &Shared, read: FileRead) {
    let finished = {
        let mut r = shared.borrow_mut();
        let Some(at) = r
            .list
            .iter()
            .position(|c| (c.base..c.base + c.read.len()).contains(&read.index))
        else {
            return;
        };
        let choice = &mut r.list[at];
        let text = match (read.text, read.html) {
            (Some(markup), true) => crate::ui::paste::html_to_text(&markup),
            (text, _) => text,
        };
        let slot = &mut choice.read[read.index - choice.base];
        *slot = text.map(|text| (read.name, text));
        choice.skipped += usize::from(read.skipped);
        choice.left -= 1;
        (choice.left == 0).then(|| r.list.remove(at))
    };
    if let Some(choice) = finished {
        choice.finished.emit(Chosen {
            read: choice.read.into_iter().flatten().collect(),
            skipped: choice.skipped,
        });
    }
}

/// Files looked at, and whose reading starts, per task on the page: asking a file's size and
/// starting its read cost the page a little, two hundred at once a long task.
const READS_PER_TASK: usize = 8;

/// Reads the files on the page (their places as given to [`begin`]), [`READS_PER_TASK`] per task.
pub fn read_on_page(shared: Shared, mut files: Vec<(usize, web_sys::File)>) {
    let rest = files.split_off(files.len().min(READS_PER_TASK));
    for (index, file) in files {
        let Some(kind) = taken_kind(&file) else {
            done(&shared, file_read(index, file.name(), None, None));
            continue;
        };
        let (state, name) = (shared.clone(), file.name());
        let task = gloo::file::callbacks::read_as_text(&gloo::file::File::from(file), move |result| {
            done(&state, file_read(index, name, Some(kind), result.ok()));
        });
        let mut r = shared.borrow_mut();
        if let Some(c) = r
            .list
            .iter_mut()
            .find(|c| (c.base..c.base + c.read.len()).contains(&index))
        {
            c.tasks.push(task);
        }
    }
    if !rest.is_empty() {
        gloo::timers::callback::Timeout::new(0, move || read_on_page(shared, rest)).forget();
    }
}
