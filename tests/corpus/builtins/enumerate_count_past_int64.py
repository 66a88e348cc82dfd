# enumerate() keeps counting past 2**63 - 1 with big ints (the count was an i64 that overflowed).
e = enumerate("abc", 2**63 - 1)
print(list(e))
print(list(enumerate("xy", -2**63)))
e = enumerate(iter(range(3)), 2**63 - 2)
for i, v in e:
    print(i, v, type(i).__name__)
