# Mistake: a generator expression consumed twice: the second sum is 0 and max() of it is a ValueError.
squares = (x * x for x in range(4))
print(sum(squares))
print(sum(squares))
print(list(squares))
print(max(squares))
