//! One stable sort for the whole crate. The standard library's sort is generic, so every element
//! type and comparator gets its own copy of the whole algorithm (each about 3.5 KB of WebAssembly).
//! Here the algorithm is one non-generic merge sort over positions, behind a `dyn` comparator,
//! and only the small step that moves the elements into place is generic. The order is exactly
//! the standard stable sort's: equal elements keep their order.

use std::cmp::Ordering;

/// The positions `0..n` in stable sorted order: `less(a, b)` says whether the element at `a`
/// sorts strictly before the one at `b`. Bottom-up merge sort, with insertion sort on short runs.
fn sorted_positions(n: usize, less: &mut dyn FnMut(usize, usize) -> bool) -> Vec<usize> {
    const RUN: usize = 16;
    let mut a: Vec<usize> = (0..n).collect();
    for chunk in a.chunks_mut(RUN) {
        for i in 1..chunk.len() {
            let mut j = i;
            while j > 0 && less(chunk[j], chunk[j - 1]) {
                chunk.swap(j, j - 1);
                j -= 1;
            }
        }
    }
    let mut b = vec![0; n];
    let mut width = RUN;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid && j < end {
                // Take from the right run only when it is strictly smaller: that keeps it stable.
                if less(a[j], a[i]) {
                    b[k] = a[j];
                    j += 1;
                } else {
                    b[k] = a[i];
                    i += 1;
                }
                k += 1;
            }
            b[k..k + (mid - i)].copy_from_slice(&a[i..mid]);
            k += mid - i;
            b[k..k + (end - j)].copy_from_slice(&a[j..end]);
            start = end;
        }
        std::mem::swap(&mut a, &mut b);
        width *= 2;
    }
    a
}

/// Rearrange `v` so that position `i` holds the element that was at `from[i]`.
fn permute<T>(v: &mut [T], mut from: Vec<usize>) {
    const DONE: usize = usize::MAX;
    for i in 0..v.len() {
        if from[i] == DONE {
            continue;
        }
        let mut j = i;
        while from[j] != i {
            let k = from[j];
            v.swap(j, k);
            from[j] = DONE;
            j = k;
        }
        from[j] = DONE;
    }
}

/// Stable sort by a comparator, like `slice::sort_by`.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    if v.len() < 2 {
        return;
    }
    let order = {
        let v = &*v;
        sorted_positions(v.len(), &mut |a, b| cmp(&v[a], &v[b]) == Ordering::Less)
    };
    permute(v, order);
}

/// Stable sort in ascending order, like `slice::sort`.
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// Stable sort by a key, like `slice::sort_by_key`. The key is computed once per element, as
/// `slice::sort_by_cached_key` does.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], key: impl FnMut(&T) -> K) {
    if v.len() < 2 {
        return;
    }
    let keys: Vec<K> = v.iter().map(key).collect();
    let order = sorted_positions(v.len(), &mut |a, b| keys[a] < keys[b]);
    permute(v, order);
}
