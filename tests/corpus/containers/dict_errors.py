def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e.args if isinstance(e, KeyError) else "")

err(lambda: {}.pop("a"))
err(lambda: {}.popitem())
err(lambda: {"a": 1}["b"])
err(lambda: {}.update([(1, 2, 3)]))
err(lambda: {}.update([1]))
err(lambda: {}.update(1))
err(lambda: {[1]: 2})
err(lambda: {}.get())
err(lambda: dict([("a", 1)], b=2))
err(lambda: dict({"a": 1}, a=3))
err(lambda: {}.setdefault([], 1))
d = {1: 1}
def delete_missing():
    del d[2]
err(delete_missing)
err(lambda: d.pop(1))
err(lambda: d)
