# Out-of-range positions on different sequences.
seqs = {
    "list": [10, 20, 30],
    "tuple": (1, 2),
    "str": "hey",
    "range": range(4),
    "bytes": b"ab",
    "empty": [],
}
for name, s in seqs.items():
    for i in (len(s), -len(s) - 1):
        try:
            print(name, i, s[i])
        except IndexError as e:
            print(name, i, "IndexError:", e)
m = [[1, 2], [3]]
try:
    m[1][1] = 9
except IndexError as e:
    print("assign:", e)
try:
    del m[5]
except IndexError as e:
    print("del:", e)
try:
    m.insert(100, 0)
    print(m)
    [].pop(-1)
except IndexError as e:
    print("pop:", e)
print("slice ok:", seqs["str"][1:99], seqs["list"][5:])
grid = [[0] * 3 for _ in range(3)]
grid[3][0] = 1
