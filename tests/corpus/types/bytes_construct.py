print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(3)), bytes(b"copy"), bytes("é", "utf-8"))
print(bytes((1, 255)), bytes(bytearray(b"ba")), len(bytes(10)))
try:
    bytes([256])
except ValueError:
    print("ValueError")
try:
    bytes([-1])
except ValueError:
    print("ValueError neg")
try:
    bytes("str")
except TypeError:
    print("TypeError no encoding")
print(b"\x00\x7f\x80\xff", repr(b"'"), repr(b'"'), b"\t\n\r\\")
