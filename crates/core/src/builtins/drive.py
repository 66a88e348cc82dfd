# Builtins over iterators that run Python code, written in Python (see builtins/drive.rs): the adapters the
# VM does not advance itself, and min/max/sorted with a Python key. The VM runs this bytecode like the
# program's own, so a `time.sleep` in the generator gives the host its turn, the loop yields between slices,
# can be interrupted and has its garbage collected. The natives check their arguments first (their
# messages); frames of this file are left out of tracebacks, as a native's would be.


def enumerate_(it, n):
    for x in it:
        yield (n, x)
        n += 1


def zip_(its, strict):
    if not its:
        return
    if len(its) == 2 and not strict:
        a, b = its
        for x in a:
            for y in b:
                yield (x, y)
                break
            else:
                return
        return
    while True:
        items = []
        i = 0
        for it in its:
            for x in it:
                items.append(x)
                break
            else:
                if strict:
                    if i:
                        raise ValueError(zip_length_error(i, "shorter"))
                    for j in range(1, len(its)):
                        for x in its[j]:
                            raise ValueError(zip_length_error(j, "longer"))
                return
            i += 1
        yield tuple(items)


def zip_length_error(i, what):
    before = "argument 1" if i == 1 else "arguments 1-" + str(i)
    return "zip() argument " + str(i + 1) + " is " + what + " than " + before


# A StopIteration raised by the function ends a map or filter, as it does the native ones (out of a
# generator it would become RuntimeError).
def map_(f, its):
    try:
        if len(its) == 1:
            for x in its[0]:
                yield f(x)
        else:
            for args in zip_(its, False):
                yield f(*args)
    except StopIteration:
        return


def filter_(f, it):
    try:
        if f is None:
            for x in it:
                if x:
                    yield x
        else:
            for x in it:
                if f(x):
                    yield x
    except StopIteration:
        return


# The folds of builtins/drive.rs `Drive`, for adapters the VM advances in `ForIter` (map/filter with a
# Python function over native items): a loop here costs less than a generator feeding the VM's fold.
def sum_(it, total):
    for x in it:
        total = total + x
    return total


def any_(it):
    for x in it:
        if x:
            return True
    return False


def all_(it):
    for x in it:
        if not x:
            return False
    return True


def list_(it):
    return [x for x in it]


def tuple_(it):
    return tuple([x for x in it])


def apply_(f, it):
    return f([x for x in it])


def extend_(lst, it):
    for x in it:
        lst.append(x)


# The first of equal items wins, as in the native min/max.
def min_max_(it, key, default, has_default, name, want_max):
    empty = True
    for x in it:
        k = x if key is None else key(x)
        if empty:
            best_key, best, empty = k, x, False
        elif (k > best_key) if want_max else (k < best_key):
            best_key, best = k, x
    if empty:
        if has_default:
            return default
        raise ValueError(name + "() arg is an empty sequence")
    return best


def call_iter_(f, sentinel):
    while True:
        v = f()
        if v == sentinel:
            return
        yield v


def next_(it):
    for x in it:
        return x
    raise StopIteration


def next_or_(it, default):
    for x in it:
        return x
    return default


# getattr/hasattr/setattr when the attribute is a Python property or __getattr__/__setattr__.
def getattr_or_(f, args, default):
    try:
        return f(*args)
    except AttributeError:
        return default


def hasattr_(f, args):
    try:
        f(*args)
    except AttributeError:
        return False
    return True


def call_none_(f, args):
    f(*args)


# str()/repr()/print()/f-string fields of an instance whose __str__/__repr__/__format__ is Python code.
# What the method returns is taken as str() gives it, as CircuitPython prints it.
def text_(f, obj, spec):
    s = str(f(obj))
    return format(s, spec) if spec else s


def format_(f, obj, spec):
    s = f(obj, spec)
    if not isinstance(s, str):
        raise TypeError("__format__ must return a str")
    return s


def print_(args, sep, end, file):
    # Piece by piece, as print() writes: what comes before an argument whose __str__ raises is printed.
    write = file.write if file is not None else stdout_
    for i, a in enumerate(args):
        if i:
            write(sep)
        write(str(a))
    write(end)


def stdout_(text):
    print(text, end="")


def sorted_(it, key, reverse):
    items = [x for x in it]
    sort_(items, key, reverse)
    return items


# list.sort with a Python key: the keys are computed here, as bytecode (over a copy, so a key function that
# appends to the list ends in sort_by_keys' error instead of running on), and sort_by_keys is native.
def sort_(items, key, reverse):
    if key is None:
        items.sort(reverse=reverse)
    else:
        sort_by_keys(items, [key(x) for x in items[:]], reverse)
