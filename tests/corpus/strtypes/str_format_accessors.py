# str.format field names: each `.attr` / `[item]` is applied as it is read, so an earlier lookup's error comes
# before a later accessor's syntax error; `[3]` indexes with an int, `[k]` with a string
class P:
    x = 3
    items = {"k": "v", "3": "three"}


cases = [
    ("{0.a.}", (1,)),
    ("{0[0]x}", (1,)),
    ("{0.a[]}", (1,)),
    ("{0.x.}", (P(),)),
    ("{0.x[}", (P(),)),
    ("{0.items[k]} {0.items[3]!r}", (P(),)),
    ("{0.items[k]}{0[1][0]}", (P(),)),
    ("{0[1]x}", ([[5, 6], [7]],)),
    ("{0[1][0]:>4}|{0[0][1]:<3}|", ([[5, 6], [7]],)),
    ("{5.}", ()),
    ("{0.real}{0.imag}", (5,)),
    ("{[1]}{[0]}", ([8, 9], [10])),
    ("{0.}", (P(),)),
    ("{0]}", ({},)),
    ("{00}{000}", ("z",)),
    ("{99999999999999999999999}", ()),
    ("{0}{}", (1, 2)),
    ("{}{0}", (1, 2)),
    ("{x.x}{y[-1]}", ()),
]
for template, args in cases:
    try:
        print(repr(template.format(*args, x=P(), y=[1, 2])))
    except (IndexError, KeyError, AttributeError, ValueError, TypeError) as e:
        print(repr(template), type(e).__name__, e if isinstance(e, ValueError) else "")
