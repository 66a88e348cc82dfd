def first_even(seq):
    for x in seq:
        if x % 2 == 0:
            return x
    else:
        return None
print(first_even([1, 3, 4, 6]), first_even([1, 3]))
def count_until(seq, stop):
    n = 0
    while n < len(seq):
        if seq[n] == stop:
            break
        n += 1
    else:
        return "no stop"
    return n
print(count_until("abcd", "c"), count_until("ab", "z"))
