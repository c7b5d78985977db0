# Classic off-by-one: looping to len(xs) inclusive.
# (kept short on purpose: the mistake is the point)
xs = [5, 6, 7]
for i in range(len(xs) + 1):
    print(i, xs[i])
