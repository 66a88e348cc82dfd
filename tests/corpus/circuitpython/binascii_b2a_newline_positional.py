# binascii.b2a_base64's newline flag may be passed positionally on CircuitPython (CPython makes it
# keyword-only); Adafruit's RSA example prints b2a_base64(data, False).
import binascii

print(binascii.b2a_base64(b"blinka", False))
print(binascii.b2a_base64(b"blinka", True))
print(binascii.b2a_base64(b"blinka", newline=False))
print(binascii.b2a_base64(b"blinka", 0), binascii.b2a_base64(b"", False))
print(binascii.b2a_base64(b"blinka"))
