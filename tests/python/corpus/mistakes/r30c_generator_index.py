# Subscripting a generator.
# (kept short on purpose: the mistake is the point)
#
squares = (x * x for x in range(5))
print(squares[2])
