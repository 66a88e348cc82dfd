import binascii
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify(b"01ab"), binascii.unhexlify("ff00"))
print(binascii.b2a_base64(b"hello"), binascii.a2b_base64(b"aGVsbG8="))
print(binascii.crc32(b"hello") & 0xFFFFFFFF, binascii.b2a_base64(b""))
try:
    binascii.unhexlify(b"abc")
except ValueError:
    print("ValueError")
