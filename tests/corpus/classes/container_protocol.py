class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, key):
        return key in self.cells
    def __len__(self):
        return len(self.cells)
g = Grid()
g[0, 1] = "X"
g[2, 2] = "O"
print(g[0, 1], g[1, 1], len(g), (2, 2) in g, (5, 5) in g, (5, 5) not in g)
del g[0, 1]
print(len(g), g[0, 1])
try:
    del g[9, 9]
except KeyError:
    print("KeyError")
