class Node:
    def __init__(self, nxt=None):
        self.next = nxt
n = Node(Node(Node()))
depth = 0
cur = n
while getattr(cur, "next", None) is not None:
    cur = cur.next
    depth += 1
print(depth, getattr(cur, "value", "no value"), hasattr(n, "next"))
