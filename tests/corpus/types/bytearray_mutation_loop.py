ba = bytearray(b"abcdef")
for i in range(len(ba)):
    ba[i] = ba[i] - 32
print(ba, bytes(ba).decode())
ba[0:0] = b"<"
ba += b">"
print(ba)
