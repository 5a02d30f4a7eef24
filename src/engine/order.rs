//! Sorting through one shared routine.
//!
//! Every call of the standard `sort*` methods compiles a whole sorting algorithm for its
//! element type and comparator; in the WebAssembly build seventeen call sites came to about
//! 50 KB. These helpers sort a list of positions instead, through a comparator behind `dyn`,
//! so the algorithm is compiled once; then they move the elements into that order. The sort
//! is stable, so equal elements keep their order and the output stays deterministic.

use std::cmp::Ordering;

/// Sorts `items` stably by `cmp`.
pub fn sort_by<T>(items: &mut Vec<T>, mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let order = {
        let view = &*items;
        positions_in_order(view.len(), &mut |a, b| cmp(&view[a], &view[b]))
    };
    let mut slots: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(order.into_iter().filter_map(|i| slots[i].take()));
}

/// Sorts `items` stably by the key `key` gives each one.
pub fn sort_by_key<T, K: Ord>(items: &mut Vec<T>, mut key: impl FnMut(&T) -> K) {
    sort_by(items, |a, b| key(a).cmp(&key(b)));
}

/// Sorts `items` in their natural order.
pub fn sort<T: Ord>(items: &mut Vec<T>) {
    sort_by(items, |a, b| a.cmp(b));
}

/// The one monomorphic sort: positions `0..len` ordered by `cmp`.
fn positions_in_order(len: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_library_and_keeps_equal_elements_in_order() {
        let mut pairs = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        let mut expected = pairs.clone();
        expected.sort_by_key(|p| p.0);
        sort_by_key(&mut pairs, |p| p.0);
        assert_eq!(pairs, expected);
        assert_eq!(pairs, vec![(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
    }

    #[test]
    fn sorts_owned_values_without_losing_any() {
        let mut names: Vec<String> = ["pear", "apple", "fig", "apple"].map(String::from).to_vec();
        sort(&mut names);
        assert_eq!(names, ["apple", "apple", "fig", "pear"]);
        let mut empty: Vec<String> = Vec::new();
        sort(&mut empty);
        assert!(empty.is_empty());
    }

    #[test]
    fn sorts_by_a_comparator_in_reverse() {
        let mut weights = vec![0.5, 2.0, 1.0];
        sort_by(&mut weights, |a: &f64, b: &f64| b.total_cmp(a));
        assert_eq!(weights, vec![2.0, 1.0, 0.5]);
    }
}
