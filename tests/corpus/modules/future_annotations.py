# `from __future__ import annotations` (Adafruit's fancyled and hid libraries open with it): forward
# references in annotations are never evaluated.
from __future__ import annotations

import __future__


class Node:
    def link(self, other: Node) -> Node:
        self.next = other
        return self


def count(items: list[Undefined], start: int = 0) -> Missing:
    return start + len(items)


a = Node().link(Node())
print(type(a.next).__name__, count([1, 2, 3], 4))
size: NotDefinedEither = 5
print(size, hasattr(__future__, "annotations"))
