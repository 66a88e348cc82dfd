# Names with non-ASCII characters, as CircuitPython lexes them: py/lexer.c `is_head_of_identifier` is
# "ASCII letter, '_' or any byte >= 0x80" and `is_tail_of_identifier` adds the digits, so every non-ASCII
# character (not only letters: '€', '½', '٣') may be part of a name. str.isidentifier() and namedtuple's
# field names follow the same rule.
café = 1
naïve_2 = café + 1
Ωmega = [café, naïve_2]
print(café, naïve_2, Ωmega)


def größe(ü=3):
    return ü * 2


print(größe(), größe(ü=5))


class Ärger:
    ß = "x"


print(Ärger.ß, Ärger.__name__, getattr(Ärger, "ß"))
€ = "euro"
x½ = 0.5
a٣ = 3
print(€, x½, a٣)
try:
    exec("x = a €")
except SyntaxError:
    print("SyntaxError")
print("é".isidentifier(), "€x".isidentifier(), "a٣".isidentifier(), "_1".isidentifier(), "ab_C9".isidentifier())
print("1a".isidentifier(), "a-b".isidentifier(), "".isidentifier(), "a b".isidentifier(), "٣".isidentifier())
from collections import namedtuple

P = namedtuple("P", "ñ, €")
p = P(1, 2)
print(p, p.ñ, p[1])
try:
    namedtuple("Q", "a 1b")
except ValueError:
    print("ValueError")
