def f():
    try:
        raise KeyError("a")
    except KeyError as err:
        saved = err
    return saved.args, type(saved).__name__
print(f())
