# zlib.decompress: zlib, raw DEFLATE and gzip containers, window sizes, buffer types and bad data
# (CircuitPython returns a bytearray, so results are compared as bytes; errors differ in type, so only
# their presence is printed)
import zlib

TEXT = b"CircuitPython " * 20 + bytes(range(0, 256, 7))
Z = b'x\x9cs\xce,J.\xcd,\t\xa8,\xc9\xc8\xcfSp\x1e\xe5Ay\x0c\xec|\xa22\xcaZ\x86\x16\xf6n\xbe!\xd1I\x99\x05\xe5u\xad=\x93g-\\\xb1~\xdb\xde#\xa7/\xdd|\xf0\xfc\xdd\xd7?\x00\xa7\xdd\x7f['
ZS = b'\x18\xd3s\xce,J.\xcd,\t\xa8,\xc9\xc8\xcfSp\x1e\xe5Ay\x0c\xec|\xa22\xcaZ\x86\x16\xf6n\xbe!\xd1I\x99\x05\xe5u\xad=\x93g-\\\xb1~\xdb\xde#\xa7/\xdd|\xf0\xfc\xdd\xd7?\x00\xa7\xdd\x7f['
RAW = b's\xce,J.\xcd,\t\xa8,\xc9\xc8\xcfSp\x1e\xe5Ay\x0c\xec|\xa22\xcaZ\x86\x16\xf6n\xbe!\xd1I\x99\x05\xe5u\xad=\x93g-\\\xb1~\xdb\xde#\xa7/\xdd|\xf0\xfc\xdd\xd7?\x00'
G = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03s\xce,J.\xcd,\t\xa8,\xc9\xc8\xcfSp\x1e\xe5Ay\x0c\xec|\xa22\xcaZ\x86\x16\xf6n\xbe!\xd1I\x99\x05\xe5u\xad=\x93g-\\\xb1~\xdb\xde#\xa7/\xdd|\xf0\xfc\xdd\xd7?\x00\xfb\xa5\xca\xc9=\x01\x00\x00'
GN = b'\x1f\x8b\x08\x08\x00\x00\x00\x00\x02\x03name.txt\x00s\xce,J.\xcd,\t\xa8,\xc9\xc8\xcfSp\x1e\xe5Ay\x0c\xec|\xa22\xcaZ\x86\x16\xf6n\xbe!\xd1I\x99\x05\xe5u\xad=\x93g-\\\xb1~\xdb\xde#\xa7/\xdd|\xf0\xfc\xdd\xd7?\x00\xfb\xa5\xca\xc9=\x01\x00\x00'
STORED = b'x\x01\x01\x0c\x00\xf3\xffstored bytes\x1f\xcf\x04\xd9'

print(bytes(zlib.decompress(Z)) == TEXT, len(zlib.decompress(Z)))
print(bytes(zlib.decompress(Z, 15)) == TEXT, bytes(zlib.decompress(ZS, 9)) == TEXT, bytes(zlib.decompress(ZS)) == TEXT)
print(bytes(zlib.decompress(RAW, -15)) == TEXT, bytes(zlib.decompress(RAW, -15))[:13])
print(bytes(zlib.decompress(G, 31)) == TEXT, bytes(zlib.decompress(GN, 31)) == TEXT)
print(bytes(zlib.decompress(bytearray(Z))) == TEXT, bytes(zlib.decompress(memoryview(Z))) == TEXT)
print(bytes(zlib.decompress(STORED)), bytes(zlib.decompress(b"x\x9c\x03\x00\x00\x00\x00\x01")))

corrupt = [Z[:-4] + b"\0\0\0\0", Z[:10], b"garbage", b"", G[:-8] + b"\0" * 8, b"\x1f\x8b" + G[2:20]]
for data in corrupt:
    for wbits in (15, -15, 31):
        try:
            zlib.decompress(data, wbits)
            print("decompressed", wbits)
        except Exception:
            print("error", wbits)
try:
    zlib.decompress(5)
except TypeError:
    print("TypeError")
