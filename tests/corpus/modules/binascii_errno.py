import binascii, errno
print(binascii.hexlify(b"\x01\xab\xff"), binascii.unhexlify("01abff"), binascii.unhexlify(b"ABCD"))
for s in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar"]:
    e = binascii.b2a_base64(s)
    print(e, binascii.a2b_base64(e) == s)
print(binascii.b2a_base64(b"hi", newline=False))
print(binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")))
for bad in ["abc", "zz"]:
    try:
        binascii.unhexlify(bad)
    except ValueError as e:
        print(e)
try:
    binascii.a2b_base64(b"abcde")
except ValueError as e:
    print(e)
print(errno.ENOENT, errno.EEXIST, errno.EINVAL, errno.errorcode[errno.EIO])
