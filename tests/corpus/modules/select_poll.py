# select.poll as the core provides it: objects register, no events are ever reported (hand-written output).
import select
import time

print(select.POLLIN, select.POLLOUT, select.POLLERR, select.POLLHUP)
p = select.poll()
o = object()
p.register(o, select.POLLIN)
p.register(o)
p.modify(o, select.POLLOUT)
t0 = time.monotonic()
print(p.poll(0), list(p.ipoll(20)))
print(time.monotonic() - t0 >= 0.015)
p.unregister(o)
try:
    p.modify(o, select.POLLIN)
except OSError as e:
    print("OSError", e.errno)
