//! Sorting for `list.sort` and `sorted`: a stable merge sort driven by a fallible comparison, since comparing
//! Python values can run Python code (`key=` functions, a class's `__lt__`) that may raise, and Rust's
//! `sort_by` cannot propagate errors. The interpreter's other sorts (dir() names, directory listings, cell
//! names, REPL completions, json's `sort_keys`) use it too: one more instantiation of std's sort would cost the
//! WebAssembly build KBs.

use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// Runs shorter than this are sorted by insertion, which beats merging for tiny inputs.
const INSERTION_RUN: usize = 12;

/// Sort `items` in place by `key(item)` (or the items themselves) with `<`, stably. `reverse` keeps equal
/// items in their original order, as Python's does. On error `items` is left as it was.
pub fn sort_values(vm: &mut Vm, items: &mut Vec<Value>, key: Option<Value>, reverse: bool) -> PyResult<()> {
    if items.is_empty() || (items.len() == 1 && key.is_none_or(|k| k.is_none())) {
        return Ok(());
    }
    // Sort (key, item) pairs (the key function is called once per item, even for a single item, as Python
    // does); without a key function the key is the item itself.
    let mut pairs: Vec<(Value, Value)> = Vec::with_capacity(items.len());
    for &item in items.iter() {
        let k = match key {
            Some(f) if !f.is_none() => vm.call(f, &[item])?,
            _ => item,
        };
        pairs.push((k, item));
    }
    sort_pairs(vm, pairs, items, reverse)
}

/// Sort `items` in place by the `keys` already computed for them (one each, in order), stably.
pub fn sort_by_keys(vm: &mut Vm, items: &mut Vec<Value>, keys: &[Value], reverse: bool) -> PyResult<()> {
    let mut pairs = Vec::with_capacity(items.len());
    for (&k, &item) in keys.iter().zip(items.iter()) {
        pairs.push((k, item));
    }
    sort_pairs(vm, pairs, items, reverse)
}

/// Sort (key, item) pairs by key and put the items, in that order, into `items`.
fn sort_pairs(vm: &mut Vm, mut pairs: Vec<(Value, Value)>, items: &mut Vec<Value>, reverse: bool) -> PyResult<()> {
    // Reversing before and after a stable ascending sort gives a stable descending sort.
    if reverse {
        pairs.reverse();
    }
    if pairs.iter().all(|(k, _)| matches!(k, Value::Int(_))) {
        // Our merge sort rather than `sort_by_key`: std's stable sort is 4.5 KB of wasm per instantiation.
        fn less(a: &(Value, Value), b: &(Value, Value)) -> PyResult<bool> {
            Ok(matches!((a.0, b.0), (Value::Int(x), Value::Int(y)) if x < y))
        }
        // The comparison cannot fail.
        let _ = merge_sort(&mut pairs, &mut less);
    } else if let Some(mut texts) = str_keys(vm, &pairs) {
        // All keys are str: Python orders them by code point, which is their UTF-8 byte order.
        // (Our merge sort rather than `sort_by`: one more instantiation of std's sort costs the wasm build KBs.)
        sort_texts(&mut texts);
        for (slot, text) in pairs.iter_mut().zip(&texts) {
            *slot = text.1;
        }
    } else {
        // Comparing runs Python's `<`, which dwarfs sorting positions through a `dyn` comparison; that shares
        // `sort_indices`' one copy of the merge sort.
        let mut order = Vec::with_capacity(pairs.len());
        for i in 0..pairs.len() {
            order.push(i);
        }
        sort_indices(&mut order, &mut |&a, &b| vm.less_than(pairs[a].0, pairs[b].0))?;
        let mut sorted = Vec::with_capacity(pairs.len());
        for i in order {
            sorted.push(pairs[i]);
        }
        pairs = sorted;
    }
    if reverse {
        pairs.reverse();
    }
    // (Plain loops here and above: each `map().collect()` would be one more copy of the collecting code.)
    items.truncate(pairs.len());
    for (slot, pair) in items.iter_mut().zip(&pairs) {
        *slot = pair.1;
    }
    Ok(())
}

/// A (key, item) pair beside its key's text.
pub type TextKeyed<'a> = (&'a [u8], (Value, Value));

/// Each pair with its key's text, when every key is a str (the fast path of sorting strings).
fn str_keys<'a>(vm: &'a Vm, pairs: &[(Value, Value)]) -> Option<Vec<TextKeyed<'a>>> {
    let mut out = Vec::with_capacity(pairs.len());
    for &pair in pairs {
        let Value::Obj(r) = pair.0 else { return None };
        let crate::heap::Obj::Str(s) = vm.heap.get(r) else { return None };
        out.push((s.as_str().as_bytes(), pair));
    }
    Some(out)
}

/// Sort pairs by their text, stably (one instantiation of the merge sort shared by `dir()`).
pub fn sort_texts(texts: &mut [TextKeyed]) {
    fn less(a: &TextKeyed, b: &TextKeyed) -> PyResult<bool> {
        Ok(a.0 < b.0)
    }
    // The comparison cannot fail.
    let _ = merge_sort(texts, &mut less);
}

/// Sort positions stably by a fallible strict-less-than of what they index (one instantiation of the merge
/// sort for every such caller).
pub fn sort_indices(order: &mut [usize], less: &mut dyn FnMut(&usize, &usize) -> PyResult<bool>) -> PyResult<()> {
    merge_sort(order, less)
}

/// Sort strings (dir() names, a directory listing, a code object's cell names, REPL completions) through the
/// shared index sort: one more instantiation of std's sort for `String` cost the wasm build 4.5 KB.
pub fn sort_strings(names: &mut [String]) {
    let mut order: Vec<usize> = (0..names.len()).collect();
    // The comparison cannot fail.
    let _ = sort_indices(&mut order, &mut |&a, &b| Ok(names[a] < names[b]));
    let mut sorted = Vec::with_capacity(names.len());
    for &i in &order {
        sorted.push(std::mem::take(&mut names[i]));
    }
    for (slot, name) in names.iter_mut().zip(sorted) {
        *slot = name;
    }
}

/// Stable merge sort of `v` with a fallible strict-less-than. On error `v` holds no particular order (nor
/// necessarily all of its items): callers sort a copy.
fn merge_sort<T: Copy, F: FnMut(&T, &T) -> PyResult<bool> + ?Sized>(v: &mut [T], less: &mut F) -> PyResult<()> {
    let n = v.len();
    let mut start = 0;
    while start < n {
        let end = (start + INSERTION_RUN).min(n);
        insertion_sort(&mut v[start..end], less)?;
        start = end;
    }
    if n <= INSERTION_RUN {
        return Ok(());
    }
    // Each pass merges pairs of runs from one buffer into the other, so nothing is copied back between passes.
    let mut buf = v.to_vec();
    let mut width = INSERTION_RUN;
    let mut in_buf = false;
    while width < n {
        if in_buf {
            merge_pass(&buf, v, width, less)?;
        } else {
            merge_pass(v, &mut buf, width, less)?;
        }
        in_buf = !in_buf;
        width *= 2;
    }
    if in_buf {
        v.copy_from_slice(&buf);
    }
    Ok(())
}

fn insertion_sort<T: Copy, F: FnMut(&T, &T) -> PyResult<bool> + ?Sized>(v: &mut [T], less: &mut F) -> PyResult<()> {
    for i in 1..v.len() {
        let x = v[i];
        let mut j = i;
        while j > 0 && less(&x, &v[j - 1])? {
            v[j] = v[j - 1];
            j -= 1;
        }
        v[j] = x;
    }
    Ok(())
}

/// Merge each pair of sorted runs of `width` items of `src` into the same place of `dst`; on equal items the
/// left one goes first (stability).
fn merge_pass<T: Copy, F: FnMut(&T, &T) -> PyResult<bool> + ?Sized>(
    src: &[T],
    dst: &mut [T],
    width: usize,
    less: &mut F,
) -> PyResult<()> {
    let n = src.len();
    let mut lo = 0;
    while lo < n {
        let mid = (lo + width).min(n);
        let hi = (mid + width).min(n);
        let (mut i, mut j, mut k) = (lo, mid, lo);
        // Already in order (or a lone run): nothing to merge (common for nearly sorted input).
        if mid < hi && less(&src[mid], &src[mid - 1])? {
            while i < mid && j < hi {
                if less(&src[j], &src[i])? {
                    dst[k] = src[j];
                    j += 1;
                } else {
                    dst[k] = src[i];
                    i += 1;
                }
                k += 1;
            }
        }
        dst[k..k + mid - i].copy_from_slice(&src[i..mid]);
        k += mid - i;
        dst[k..hi].copy_from_slice(&src[j..hi]);
        lo = hi;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_strings_sorts_a_slice_in_place() {
        let words = ["pear", "apple", "fig", "apple", "Zed", "", "fig2"];
        let mut v: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        let mut expect = v.clone();
        expect.sort();
        sort_strings(&mut v);
        assert_eq!(v, expect);
        let mut tail: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        sort_strings(&mut tail[3..]);
        assert_eq!(tail, ["pear", "apple", "fig", "", "Zed", "apple", "fig2"]);
    }

    #[test]
    fn merge_sort_is_stable_and_sorted() {
        let mut v: Vec<(i32, usize)> = (0..1000).map(|i| ((i * 7919 % 101) as i32, i)).collect();
        let mut expect = v.clone();
        expect.sort_by_key(|p| p.0);
        merge_sort(&mut v, &mut |a: &(i32, usize), b: &(i32, usize)| Ok(a.0 < b.0)).unwrap();
        assert_eq!(v, expect);
    }

    #[test]
    fn merge_sort_handles_small_and_empty() {
        for n in 0..40 {
            let mut v: Vec<i32> = (0..n).rev().collect();
            merge_sort(&mut v, &mut |a: &i32, b: &i32| Ok(a < b)).unwrap();
            assert_eq!(v, (0..n).collect::<Vec<_>>());
        }
    }
}
