# codec error messages (which byte, where, why), encoding aliases, and error handler names looked up only
# when an error happens. CircuitPython raises UnicodeError itself (CPython its subclasses).
def show(f):
    try:
        print(repr(f()))
    except UnicodeError as e:
        print("UnicodeError", e)
    except LookupError as e:
        print("LookupError", e)
    except TypeError as e:
        print("TypeError", e)


show(lambda: b"ab\xffc".decode())
show(lambda: b"ab\xc3(".decode("utf-8"))
show(lambda: b"ab\x80".decode())
show(lambda: b"\xc0\xaf".decode())
show(lambda: b"a\xf5\x80".decode())
show(lambda: b"ab\xe2\x82".decode())
show(lambda: b"ab\xf0".decode())
show(lambda: b"\xe0\x80".decode())
show(lambda: b"\xed\xa0\x80".decode())
show(lambda: b"x\xe2\x82y".decode())
show(lambda: b"a\xe9".decode("ascii"))
show(lambda: "x\u20ac".encode("ascii"))
show(lambda: "ab\u20ac".encode("latin-1"))
show(lambda: "abc".encode("nope"))
show(lambda: b"abc".decode("Nope-8"))
show(lambda: "abc".encode("ascii", "bogus"))
show(lambda: b"abc".decode("ascii", "bogus"))
show(lambda: "\u20ac".encode("ascii", "bogus"))
show(lambda: b"\xff".decode("utf-8", "bogus"))
for name in ("UTF-8", "utf_8", "U8", "utf", "US-ASCII", "646", "Latin_1", "latin", "ISO-8859-1", "L1", "8859", "cp819"):
    print(name, "é".encode(name, "replace"), b"\xc3\xa9".decode(name, "replace"))
print("a\u20acb".encode("latin1", "xmlcharrefreplace"), "a\u20acb".encode("ascii", "backslashreplace"))
print(b"a\xffb\xfe".decode("ascii", "backslashreplace"), b"a\xffb".decode("utf-8", "replace"))
print(b"a\xe2\x82".decode("utf-8", "replace"), b"\xe2\x82(\xc0".decode("utf-8", "backslashreplace"))
# xmlcharrefreplace is a known handler that can't decode: a TypeError only when an error happens.
show(lambda: b"\xff".decode("utf-8", "xmlcharrefreplace"))
show(lambda: b"a\xe9".decode("ascii", "xmlcharrefreplace"))
print(b"clean".decode("ascii", "xmlcharrefreplace"))
