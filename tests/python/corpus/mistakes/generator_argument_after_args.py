# a generator expression after other arguments: CPython marks the generator expression alone
print("total:", x * x for x in range(4))
