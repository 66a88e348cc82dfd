class C:
    x = 1
cases = [lambda: (1).foo, lambda: "s".nope, lambda: C().y, lambda: C.z, lambda: None.x,
         lambda: [].push, lambda: {}.append]
for i, c in enumerate(cases):
    try:
        c()
    except AttributeError:
        print(i, "AttributeError")
try:
    (5).real = 3
except AttributeError:
    print("AttributeError set on int")
o = C()
try:
    del o.x
except AttributeError:
    print("AttributeError del class attr via instance")
