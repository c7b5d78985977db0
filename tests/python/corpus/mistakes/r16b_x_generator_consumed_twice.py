# A generator summed twice: the second sum is 0
g = (x * x for x in range(3))
print(sum(g), sum(g))
print(list(map(str, range(3))))
print(list(filter(None, [0, 1, "", "a"])))
