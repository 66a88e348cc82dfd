class Sleep:
    def __await__(self):
        yield "sleep"
async def worker(name, n):
    for i in range(n):
        print(name, i)
        await Sleep()
    return name + " finished"
def run(coros):
    queue = list(coros)
    results = []
    while queue:
        c = queue.pop(0)
        try:
            c.send(None)
            queue.append(c)
        except StopIteration as e:
            results.append(e.value)
    return results
print(run([worker("a", 2), worker("b", 3), worker("c", 1)]))
