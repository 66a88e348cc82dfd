# str + str and += keep the character count right for mixed ASCII and non-ASCII text (len, indexing,
# slicing, negative indices), for empty operands, and leave subclasses to their own __add__/__radd__.
class S(str):
    def __add__(self, o): return "S+" + str.__add__(self, o)
    def __radd__(self, o): return "r" + o
print(S("a") + "b", "x" + S("y"))
s = ""
for part in ["é", "字", "abc", "", "😀", "z"]:
    s += part
    print(len(s), s[-1:], s[len(s) - 1:])
print(s, len(s), s[1], s[-2], s[2:5], s.find("a"))
t = "" + ""
print(repr(t), "a" + "", "" + "b", len("é" + ""), len("" + "字"))
u = "ab" * 3 + "é" * 2
print(u, len(u), u[6], u[-1], hash(u) == hash("ababab" + "éé"), u == "abababéé")
