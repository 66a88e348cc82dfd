def f(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError"
    except LookupError:
        return "LookupError"
    except ArithmeticError:
        return "ArithmeticError"
    except Exception:
        return "Exception"
for exc in (KeyError, IndexError, ZeroDivisionError, OverflowError, ValueError, RuntimeError):
    print(exc.__name__, "->", f(exc))
