def f(kind):
    try:
        try:
            if kind == 1:
                raise ValueError("v")
            if kind == 2:
                raise TypeError("t")
            if kind == 3:
                raise KeyError("k")
            return "none"
        except ValueError:
            return "inner ValueError"
        finally:
            print("inner finally", kind)
    except TypeError:
        return "outer TypeError"
    except Exception as e:
        return "outer " + type(e).__name__
print(f(0))
print(f(1))
print(f(2))
print(f(3))
