class Yield:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        reply = yield self.value
        return reply
async def counter(name, limit):
    total = 0
    for i in range(limit):
        total += await Yield((name, i))
    return (name, total)
tasks = {"x": counter("x", 3), "y": counter("y", 2)}
pending = {k: None for k in tasks}
done = {}
step = 0
while tasks:
    for name in list(tasks):
        try:
            req = tasks[name].send(pending[name])
            print("request", req)
            pending[name] = step
            step += 1
        except StopIteration as e:
            done[name] = e.value
            del tasks[name]
print(sorted(done.items()))
