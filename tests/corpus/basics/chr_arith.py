print(chr(ord("a") + 25), [chr(c) for c in range(ord("a"), ord("f"))])
print("".join(chr((ord(c) - 97 + 13) % 26 + 97) for c in "hello"))
print(sum(ord(c) for c in "ABC"))
