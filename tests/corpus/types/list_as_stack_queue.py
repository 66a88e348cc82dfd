stack = []
for i in range(4):
    stack.append(i)
print(stack.pop(), stack.pop(), stack)
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
pq = []
for v in [5, 1, 4, 2]:
    pq.append(v)
    pq.sort(reverse=True)
print([pq.pop() for _ in range(len(pq))])
