# Sets of coordinate tuples and of floats, printed as they come.
visited = {(0, 0), (1, 2), (2, 1), (-1, 3), (10, -10), (3, 3)}
print(visited)
temps = {21.5, 19.0, 0.1, -3.25, 100.0, 1e10, 2.5}
print(temps)
print(frozenset({(1, "x"[0:0]), (2, "")}) == {(1, ""), (2, "")})
