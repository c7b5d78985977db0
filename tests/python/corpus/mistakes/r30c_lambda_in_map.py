# map with a lambda taking the wrong number of parameters.
# (kept short on purpose: the mistake is the point)
#
pairs = [(1, 2), (3, 4)]
print(list(map(lambda a, b: a + b, pairs)))
