print(repr("plain"), repr("a'b"), repr('a"b'), repr("a'b\"c"))
print(repr("\x00\x1f\x7f"), repr("\r"), repr(" "))
print(str("x") == repr("x")[1:-1], len(repr("ab")))
