# Pascal's triangle printed centred, its row sums, and binomial coefficients with math.comb.
import math

def pascal(n):
    rows = [[1]]
    for _ in range(n - 1):
        prev = rows[-1]
        rows.append([1] + [a + b for a, b in zip(prev, prev[1:])] + [1])
    return rows

rows = pascal(10)
width = len(" ".join(map(str, rows[-1])))
for r in rows:
    print(" ".join(map(str, r)).center(width))
print([sum(r) for r in rows])
print(rows[9] == [math.comb(9, k) for k in range(10)])
print(math.comb(52, 5), math.perm(5, 2), math.comb(100, 50))
for r in pascal(16):
    print("".join("*" if x % 2 else " " for x in r).rstrip())
