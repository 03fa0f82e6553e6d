//! One stable sort for every element type, small in the web app's module.
//!
//! The standard library's sorts are generic over the element and the comparison, so each call
//! site with its own type or closure gets its own copy of the sort (about 5 kB of wasm each; some
//! fifty of them weighed 160 kB before optimisation). [`CompactSort`] sorts a list of positions with
//! one comparison passed as `dyn`, so the sort itself exists once, then moves the elements into
//! that order; each call site keeps only a few dozen bytes. Same results as `sort_by` (stable),
//! O(n log n) comparisons and n extra positions of memory.

use std::cmp::Ordering;

/// Stable sorts of a slice that share one copy of the sorting code (see the module's docs).
pub trait CompactSort<T> {
    /// Like `slice::sort_by`: stable, by `compare`.
    fn compact_sort_by(&mut self, compare: impl FnMut(&T, &T) -> Ordering);

    /// Like `slice::sort_by_key`: stable, by `key` (computed at each comparison).
    fn compact_sort_by_key<K: Ord>(&mut self, mut key: impl FnMut(&T) -> K) {
        self.compact_sort_by(|a, b| key(a).cmp(&key(b)));
    }

    /// Like `slice::sort`: stable, by `Ord`.
    fn compact_sort(&mut self)
    where
        T: Ord,
    {
        self.compact_sort_by(T::cmp);
    }
}

impl<T> CompactSort<T> for [T] {
    fn compact_sort_by(&mut self, mut compare: impl FnMut(&T, &T) -> Ordering) {
        if self.len() < 2 {
            return;
        }
        let mut order: Vec<usize> = (0..self.len()).collect();
        let items: &[T] = self;
        sort_positions(&mut order, &mut |a, b| compare(&items[a], &items[b]));
        permute(self, order);
    }
}

/// The one sort: positions by a comparison of the elements at them (stable).
fn sort_positions(order: &mut [usize], compare: &mut dyn FnMut(usize, usize) -> Ordering) {
    order.sort_by(|&a, &b| compare(a, b));
}

/// Puts the element at `order[i]` at `i`, following each cycle of the permutation with swaps.
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..items.len() {
        let mut i = start;
        loop {
            let from = order[i];
            order[i] = i;
            if from == start {
                break;
            }
            items.swap(i, from);
            i = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::CompactSort;

    /// (items as (key, tag) pairs): sorting by key must keep the tags of equal keys in order, as
    /// `sort_by_key` does.
    const CASES: &[&[(u8, u8)]] = &[
        &[],
        &[(1, 0)],
        &[(2, 0), (1, 1)],
        &[(1, 0), (1, 1), (1, 2)],
        &[(3, 0), (1, 1), (2, 2), (1, 3), (3, 4), (0, 5)],
        &[(5, 0), (4, 1), (3, 2), (2, 3), (1, 4), (0, 5)],
        &[(0, 0), (2, 1), (1, 2), (2, 3), (0, 4), (1, 5), (2, 6), (0, 7)],
    ];

    #[test]
    fn same_order_as_the_standard_stable_sort() {
        for case in CASES {
            let mut ours = case.to_vec();
            let mut std = case.to_vec();
            ours.compact_sort_by_key(|p| p.0);
            std.sort_by_key(|p| p.0);
            assert_eq!(ours, std, "{case:?}");
        }
    }

    #[test]
    fn permutations_of_many_lengths() {
        // Every length up to 40 with keys that repeat, in a scrambled order.
        for n in 0..40usize {
            let items: Vec<(usize, usize)> = (0..n).map(|i| ((i * 7 + 3) % 5, i)).collect();
            let mut ours = items.clone();
            let mut std = items;
            ours.compact_sort();
            std.sort();
            assert_eq!(ours, std);
            ours.compact_sort_by(|a, b| b.0.cmp(&a.0));
            std.sort_by_key(|a| std::cmp::Reverse(a.0));
            assert_eq!(ours, std);
        }
    }

    #[test]
    fn elements_without_clone_move_into_place() {
        let mut words: Vec<String> = ["pear", "fig", "apple", "kiwi"].map(String::from).to_vec();
        words.compact_sort_by_key(|w| w.len());
        assert_eq!(words, ["fig", "pear", "kiwi", "apple"]);
    }
}
