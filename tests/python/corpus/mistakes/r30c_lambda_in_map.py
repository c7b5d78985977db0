# map with a lambda taking the wrong number of parameters.
pairs = [(1, 2), (3, 4)]
print(list(map(lambda a, b: a + b, pairs)))
