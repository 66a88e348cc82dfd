s = "abc"
try:
    s[0] = "x"
except TypeError:
    print("TypeError item assignment")
try:
    del s[0]
except TypeError:
    print("TypeError del")
t = s
s += "d"
print(s, t)
print(s.upper(), s)
l = list(s)
l[0] = "X"
print("".join(l), s)
