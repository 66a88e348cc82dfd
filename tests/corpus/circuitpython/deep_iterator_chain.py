# flags: --heap 16m
# map/zip/filter/enumerate wrapped around each other 100,000 deep: advancing the outermost advances every
# level natively, so the depth is bounded and raises RuntimeError (CPython crashes with a segfault here).
for label, wrap in (
    ("map", lambda x: map(abs, x)),
    ("zip", lambda x: zip(x)),
    ("filter", lambda x: filter(None, x)),
    ("enumerate", lambda x: enumerate(x)),
):
    x = [1]
    for _ in range(100000):
        x = wrap(x)
    try:
        next(x)
        print(label, "no error")
    except RuntimeError as e:
        print(label, type(e).__name__, e)
x = [-1, -2]
for _ in range(50):
    x = map(abs, x)
print(list(x), list(enumerate(zip(filter(None, [0, 1, 2])))))
