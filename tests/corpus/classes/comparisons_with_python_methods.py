# Rich comparisons on instances with Python methods (run as frames of the loop): results of any type,
# NotImplemented falling back to the reflected method, != through __eq__, subclass priority, errors.
class P:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        if isinstance(o, P):
            return self.v == o.v
        return NotImplemented

    def __lt__(self, o):
        if isinstance(o, P):
            return self.v < o.v
        return NotImplemented

    def __gt__(self, o):
        return "gt:%r" % (o,)

    def __repr__(self):
        return "P(%r)" % self.v


class Q(P):
    def __eq__(self, o):
        return "Q.eq"

    def __gt__(self, o):
        return "Q.gt"


class Loud:
    def __le__(self, o):
        raise ValueError("le")


def f():
    a, b = P(1), P(2)
    out = [a == P(1), a == b, a != b, a != P(1), a < b, b < a, a == 1, a != 1, a > 5, 5 < a]
    out.append(P(1) == Q(1))
    out.append(P(1) < Q(5))
    out.append(sorted([P(3), P(1), P(2)], key=lambda p: p.v))
    out.append(P(2) in [P(1), P(2)])
    out.append([p for p in [P(1), P(2), P(3)] if p < P(3)])
    try:
        a < 1
    except TypeError:
        out.append("TypeError lt")
    try:
        Loud() <= 1
    except ValueError as e:
        out.append(str(e))
    n = 0
    for i in range(500):
        if P(i) == P(i):
            n += 1
    out.append(n)
    return out


print(f())
