grid = {(0, 0): "start", (1, 2): "treasure"}
print(grid[(1, 2)], grid.get((5, 5), "nothing"))
try:
    grid[3, 4]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    {}[()]
except KeyError as e:
    print(e, e.args)
try:
    {}[("single",)]
except KeyError as e:
    print(e)
try:
    {}[""]
except KeyError as e:
    print(e, repr(str(e)))
d = {}
d[(2, "b")]
