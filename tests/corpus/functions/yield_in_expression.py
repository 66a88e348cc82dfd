def g():
    total = 0
    while True:
        total += (yield total) or 0
it = g()
print(next(it), it.send(5), it.send(None), it.send(2))
