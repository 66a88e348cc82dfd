class Range2D:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield x, y
    def __len__(self):
        return self.w * self.h
r = Range2D(3, 2)
print(list(r), len(r), (2, 1) in r, (3, 0) in r)
