print(chr(65), chr(97), chr(48), chr(0x263A), chr(0x1F40D) == "\U0001F40D")
print(ord("A"), ord("z"), ord("\n"), ord("€"), ord(b"a"), ord(chr(1000)))
print("".join(chr(ord(c) + 1) for c in "HAL"))
try:
    ord("ab")
except TypeError:
    print("TypeError")
try:
    chr(-1)
except ValueError:
    print("ValueError")
try:
    chr(0x110000)
except ValueError:
    print("ValueError big")
