a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(2 in a, 3 in a, 3 not in a)
print("ell" in "hello", "" in "x", "z" not in "abc")
print(1 in {1: "a"}, "a" in {1: "a"}, 2 in {1, 2}, 5 in range(0, 10, 5), 6 in range(0, 10, 5))
print(b"b" in b"abc", 98 in b"abc", (1, 2) in [(1, 2)], [1] in [[1]])
class C:
    def __eq__(self, o):
        return True
print(C() in [1], C() in [])
