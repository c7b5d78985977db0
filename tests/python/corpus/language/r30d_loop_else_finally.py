# for/while else clauses, continue inside finally, and break out of nested loops with flags and exceptions
def find(matrix, target):
    for r, row in enumerate(matrix):
        for c, v in enumerate(row):
            if v == target:
                break
        else:
            continue
        return r, c
    return None


m = [[1, 2], [3, 4], [5, 6]]
print(find(m, 4), find(m, 9))
n = 0
while n < 3:
    n += 1
else:
    print("while finished normally at", n)
for k in range(4):
    try:
        if k % 2:
            continue
        print("even", k)
    finally:
        print("  finally", k)
        if k == 2:
            continue


class Found(Exception):
    pass


try:
    for a in range(5):
        for b in range(5):
            if a * b == 6:
                raise Found(a, b)
except Found as f:
    print("found", f.args)
for x in []:
    pass
else:
    print("empty loop else runs")
print(x)
