def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        v = yield avg
        total += v
        count += 1
        avg = total / count
a = averager()
next(a)
for v in (10, 20, 30, 40):
    print(a.send(v))
def coroutine_printer():
    while True:
        line = yield
        print("got:", line)
p = coroutine_printer()
p.send(None)
p.send("hello")
p.send("world")
p.close()
