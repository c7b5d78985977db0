# Mistake: a generator expression written as a keyword argument to dict() ('=' where a comprehension was meant).
pairs = [('a', 1), ('b', 2)]
print('pairs:', pairs)
table = dict(name=value for name, value in pairs)
print(table)
