def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e.args if isinstance(e, KeyError) and e.args and e.args[0] == 9 else "")

err(lambda: set().pop())
err(lambda: {1}.remove(9))
err(lambda: {1}.add([]))
err(lambda: {1}.union(1))
err(lambda: {1}.symmetric_difference())
err(lambda: frozenset([1]).add)
err(lambda: {[1]})
err(lambda: set(1))
err(lambda: {1}.issubset(5))
err(lambda: {1} | [2])
err(lambda: {1} & frozenset([1]))
