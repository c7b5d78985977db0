from itertools import groupby

s = "aaabbbccccaadd"
print([(k, len(list(g))) for k, g in groupby(s)])
print("".join(f"{k}{sum(1 for _ in g)}" for k, g in groupby(s)))
people = [("ann", "eng"), ("bob", "ops"), ("cat", "eng"), ("dan", "ops"), ("eve", "hr")]
for dept, members in groupby(sorted(people, key=lambda p: p[1]), key=lambda p: p[1]):
    print(dept, [m[0] for m in members])
nums = [1, 3, 5, 2, 4, 7, 9, 6]
for odd, run in groupby(nums, key=lambda n: n % 2):
    print("odd" if odd else "even", list(run))
print([k for k, _ in groupby([1, 1, 2, 2, 1, 1])])
data = [1, 2, 3, 7, 8, 10, 11, 12, 20]
ranges = []
for _, g in groupby(enumerate(data), lambda t: t[1] - t[0]):
    g = list(g)
    ranges.append((g[0][1], g[-1][1]))
print(ranges)
print(list(groupby([])))
