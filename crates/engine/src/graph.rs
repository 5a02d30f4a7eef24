//! Small, near-linear graph algorithms over dense node indices `0..n`.
//!
//! Strongly connected components (Tarjan's algorithm, written iteratively so that a long
//! chain of thousands of modules cannot overflow the stack), a deterministic topological
//! order of the condensed graph, and the longest path through it. Every function is
//! O(nodes + edges) apart from the heap in the topological order (O(n log n)).

use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Strongly connected components: `comp[v]` for every node and the number of components.
///
/// Components are numbered in the order Tarjan's algorithm completes them, which is a
/// reverse topological order: for every edge `u → v` across components,
/// `comp[v] < comp[u]`.
pub(crate) fn strongly_connected(adj: &[Vec<usize>]) -> (Vec<usize>, usize) {
    const UNSEEN: usize = usize::MAX;
    let n = adj.len();
    let mut index = vec![UNSEEN; n];
    let mut low = vec![0usize; n];
    let mut on_stack = vec![false; n];
    let mut stack: Vec<usize> = Vec::new();
    let mut comp = vec![UNSEEN; n];
    let mut next_index = 0usize;
    let mut count = 0usize;
    // The explicit call stack: (node, position of the next edge to look at).
    let mut calls: Vec<(usize, usize)> = Vec::new();

    for root in 0..n {
        if index[root] != UNSEEN {
            continue;
        }
        index[root] = next_index;
        low[root] = next_index;
        next_index += 1;
        stack.push(root);
        on_stack[root] = true;
        calls.push((root, 0));

        while let Some(&(v, pos)) = calls.last() {
            let next = adj.get(v).and_then(|edges| edges.get(pos)).copied();
            if let Some(top) = calls.last_mut() {
                top.1 += 1;
            }
            match next {
                // Edges pointing outside the graph are skipped rather than trusted.
                Some(w) if w >= n => {}
                Some(w) if index[w] == UNSEEN => {
                    index[w] = next_index;
                    low[w] = next_index;
                    next_index += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    calls.push((w, 0));
                }
                Some(w) => {
                    if on_stack[w] {
                        low[v] = low[v].min(index[w]);
                    }
                }
                None => {
                    calls.pop();
                    if let Some(&(parent, _)) = calls.last() {
                        low[parent] = low[parent].min(low[v]);
                    }
                    if low[v] == index[v] {
                        while let Some(w) = stack.pop() {
                            on_stack[w] = false;
                            comp[w] = count;
                            if w == v {
                                break;
                            }
                        }
                        count += 1;
                    }
                }
            }
        }
    }
    (comp, count)
}

/// Members of each component, each list in ascending node order.
pub(crate) fn members(comp: &[usize], count: usize) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new(); count];
    for (v, &c) in comp.iter().enumerate() {
        if let Some(list) = out.get_mut(c) {
            list.push(v);
        }
    }
    out
}

/// A topological order of the condensed graph in which, among the components that are ready,
/// the one with the smallest `key` comes first (Kahn's algorithm with a min-heap). The key
/// makes the order independent of how the input happened to be listed.
pub(crate) fn condensed_topo_order(
    adj: &[Vec<usize>],
    comp: &[usize],
    count: usize,
    key: &[u32],
) -> Vec<usize> {
    let mut indegree = vec![0usize; count];
    let mut succ: Vec<Vec<usize>> = vec![Vec::new(); count];
    for (u, edges) in adj.iter().enumerate() {
        for &v in edges {
            let (Some(&cu), Some(&cv)) = (comp.get(u), comp.get(v)) else {
                continue;
            };
            if cu != cv && cu < count && cv < count {
                succ[cu].push(cv);
                indegree[cv] += 1;
            }
        }
    }
    let mut heap: BinaryHeap<Reverse<(u32, usize)>> = (0..count)
        .filter(|&c| indegree[c] == 0)
        .map(|c| Reverse((key.get(c).copied().unwrap_or(u32::MAX), c)))
        .collect();
    let mut order = Vec::with_capacity(count);
    while let Some(Reverse((_, c))) = heap.pop() {
        order.push(c);
        for &d in &succ[c] {
            indegree[d] -= 1;
            if indegree[d] == 0 {
                heap.push(Reverse((key.get(d).copied().unwrap_or(u32::MAX), d)));
            }
        }
    }
    order
}

/// The longest path (in edges between components) through the condensation of `adj`,
/// returned as node indices: the node where the path leaves its first component, then the
/// node where it enters each following component. Ties go to the path found first in
/// component order, which is deterministic.
pub(crate) fn longest_path(adj: &[Vec<usize>], comp: &[usize], count: usize) -> Vec<usize> {
    longest_path_by(adj, comp, count, &|_, _| 1)
}

/// The path through the condensation of `adj` with the most weight, then the most edges;
/// `weight(u, v)` weighs the edge from node `u` to node `v`. Returned as for [`longest_path`].
pub(crate) fn longest_path_by(
    adj: &[Vec<usize>],
    comp: &[usize],
    count: usize,
    weight: &dyn Fn(usize, usize) -> u32,
) -> Vec<usize> {
    let groups = members(comp, count);
    // best[c]: (weight, edges) of the best path starting in c; step[c]: its first edge.
    let mut best = vec![(0u32, 0u32); count];
    let mut step: Vec<Option<(usize, usize)>> = vec![None; count];
    // Tarjan numbers successors before predecessors, so ascending order visits every
    // successor first.
    for c in 0..count {
        for &u in &groups[c] {
            for &v in adj.get(u).map(Vec::as_slice).unwrap_or(&[]) {
                let Some(&d) = comp.get(v) else { continue };
                if d == c || d >= count {
                    continue;
                }
                let len = (best[d].0.saturating_add(weight(u, v)), best[d].1.saturating_add(1));
                if len > best[c] {
                    best[c] = len;
                    step[c] = Some((u, v));
                }
            }
        }
    }
    let mut start = None;
    let mut longest = (0u32, 0u32);
    for (c, &len) in best.iter().enumerate() {
        if len > longest {
            longest = len;
            start = Some(c);
        }
    }
    let Some(mut c) = start else {
        return Vec::new();
    };
    let mut path = Vec::new();
    let mut guard = 0usize;
    while let Some((u, v)) = step[c] {
        if path.is_empty() {
            path.push(u);
        }
        path.push(v);
        c = comp[v];
        // The condensation is acyclic, so this cannot loop; the guard only makes that
        // obvious.
        guard += 1;
        if guard > count {
            break;
        }
    }
    path
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(n: usize, edges: &[(usize, usize)]) -> Vec<Vec<usize>> {
        let mut adj = vec![Vec::new(); n];
        for &(u, v) in edges {
            adj[u].push(v);
        }
        adj
    }

    #[test]
    fn finds_cycles_as_components() {
        // 0 → 1 → 2 → 0 is a cycle; 3 hangs off it; 4 is alone.
        let adj = graph(5, &[(0, 1), (1, 2), (2, 0), (2, 3)]);
        let (comp, count) = strongly_connected(&adj);
        assert_eq!(count, 3);
        assert_eq!(comp[0], comp[1]);
        assert_eq!(comp[1], comp[2]);
        assert_ne!(comp[2], comp[3]);
        // Reverse topological numbering: the successor is numbered first.
        assert!(comp[3] < comp[2]);
        let groups = members(&comp, count);
        assert!(groups.contains(&vec![0, 1, 2]));
    }

    #[test]
    fn deep_chain_does_not_overflow() {
        let n = 200_000;
        let edges: Vec<(usize, usize)> = (0..n - 1).map(|i| (i, i + 1)).collect();
        let adj = graph(n, &edges);
        let (_, count) = strongly_connected(&adj);
        assert_eq!(count, n);
        let path = longest_path(&adj, &strongly_connected(&adj).0, count);
        assert_eq!(path.len(), n);
    }

    #[test]
    fn longest_path_skips_inside_cycles() {
        // 0 → 1 ⇄ 2 → 3 → 4: the cycle {1,2} counts as one step.
        let adj = graph(5, &[(0, 1), (1, 2), (2, 1), (2, 3), (3, 4)]);
        let (comp, count) = strongly_connected(&adj);
        let path = longest_path(&adj, &comp, count);
        assert_eq!(path, vec![0, 1, 3, 4]);
    }

    #[test]
    fn longest_path_of_edgeless_graph_is_empty() {
        let adj = graph(3, &[]);
        let (comp, count) = strongly_connected(&adj);
        assert!(longest_path(&adj, &comp, count).is_empty());
    }

    #[test]
    fn topo_order_breaks_ties_by_key() {
        // Two independent chains: 2 → 0 and 1 → 3; keys equal the node numbers.
        let adj = graph(4, &[(2, 0), (1, 3)]);
        let (comp, count) = strongly_connected(&adj);
        let mut key = vec![u32::MAX; count];
        for (v, &c) in comp.iter().enumerate() {
            key[c] = key[c].min(v as u32);
        }
        let order: Vec<usize> = condensed_topo_order(&adj, &comp, count, &key)
            .into_iter()
            .map(|c| members(&comp, count)[c][0])
            .collect();
        assert_eq!(order, vec![1, 2, 0, 3]);
    }

    #[test]
    fn ignores_out_of_range_edges() {
        let adj = vec![vec![7], vec![0]];
        let (comp, count) = strongly_connected(&adj);
        assert_eq!(count, 2);
        assert_eq!(comp.len(), 2);
    }
}
