# encode/decode with utf-8, ascii, latin-1 and error handlers
s = "héllo €"
print(s.encode(), s.encode("utf-8"), s.encode("UTF8"), s.encode(encoding="utf_8"))
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("ascii", "backslashreplace"))
print(s.encode("latin-1", "replace"), s.encode("ascii", "xmlcharrefreplace"), "é".encode("latin1"))
b = b"h\xc3\xa9\xff!"
print(b.decode("utf-8", "replace"), b.decode("utf-8", "ignore"), b.decode("latin-1"), b.decode("ascii", "replace"))
print(b.decode(errors="ignore"), str(b, "latin-1"), str(b, "utf-8", "ignore"), bytearray(b"ok").decode())
print(bytes("é", "utf-8"), bytes("é", "latin-1"), bytearray("ab", "ascii"), bytes("x", encoding="utf-8"))
for call in (lambda: s.encode("ascii"), lambda: b.decode(), lambda: b.decode("ascii"), lambda: "€".encode("latin-1")):
    try:
        call()
    except UnicodeError:
        print("UnicodeError")
for call in (lambda: s.encode("nope"), lambda: b.decode("nope")):
    try:
        call()
    except LookupError:
        print("LookupError")
for call in (lambda: bytes("x"), lambda: bytes(5, "utf-8"), lambda: str(5, "utf-8")):
    try:
        call()
    except TypeError:
        print("TypeError")
