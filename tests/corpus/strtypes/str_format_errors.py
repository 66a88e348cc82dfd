# str.format errors: the exception types CPython and CircuitPython share
cases = [
    ("{} {}", (1,), {}),
    ("{2}", (1, 2), {}),
    ("{a}", (), {"b": 1}),
    ("{0[5]}", ([1],), {}),
    ("{0[k]}", ({},), {}),
    ("{0.missing}", (1,), {}),
    ("{", (), {}),
    ("}", (), {}),
    ("{0", (1,), {}),
    ("{0!x}", (1,), {}),
    ("{0!rx}", (1,), {}),
    ("{} {0}", (1, 2), {}),
    ("{0} {}", (1, 2), {}),
    ("{:{:{}}}", (1, 2, 3), {}),
    ("{0[}", ([1],), {}),
    ("{0.}", (1,), {}),
    ("{:d}", ("s",), {}),
    ("{:s}", (1,), {}),
]
for template, args, kwargs in cases:
    try:
        print(repr(template.format(*args, **kwargs)))
    except (IndexError, KeyError, AttributeError, ValueError, TypeError) as e:
        print(repr(template), type(e).__name__)
