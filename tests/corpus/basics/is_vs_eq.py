a = [1]
b = [1]
print(a == b, a is b, a is a)
x = None
print(x is None, x == None)
t = ()
print(t is t, True is True, 1 == 1.0)
s = "abc"
print(s == "ab" + "c")
