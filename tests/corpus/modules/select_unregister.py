# select.poll: registering again updates an object's entry, unregistering removes it (and is harmless for an
# object not registered), and only registered objects can be modified.
import select
import io

a, b, c = io.BytesIO(), io.BytesIO(), io.BytesIO()
p = select.poll()
p.register(a)
p.register(b, select.POLLOUT)
p.register(a, select.POLLIN | select.POLLOUT)
p.register(c)
p.unregister(a)
p.unregister(a)
p.unregister(io.BytesIO())
for obj, name in ((a, "a"), (b, "b"), (c, "c")):
    try:
        p.modify(obj, select.POLLIN)
        print(name, "modified")
    except OSError as e:
        print(name, "OSError", e.args[0])
p.unregister(b)
p.unregister(c)
print(p.poll(0))
