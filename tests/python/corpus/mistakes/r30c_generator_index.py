# Subscripting a generator.
squares = (x * x for x in range(5))
print(squares[2])
