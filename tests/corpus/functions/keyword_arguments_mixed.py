def connect(host, port=80, *, timeout=10, retries=3):
    return "%s:%d t=%d r=%d" % (host, port, timeout, retries)
print(connect("a"))
print(connect("b", 8080))
print(connect("c", timeout=1))
print(connect(host="d", retries=0, port=1))
try:
    connect("e", 1, 2)
except TypeError:
    print("TypeError")
