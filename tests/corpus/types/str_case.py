s = "Hello World ABC xyz 123"
print(s.upper(), s.lower(), sep="|")
print("hello world".title(), "HELLO wORLD".title(), "they're bill's".title())
print("hello World".capitalize(), "HELLO".capitalize(), "".capitalize(), "1abc".capitalize())
print("abc".upper().lower(), "a1-b2".upper(), "123".upper())
