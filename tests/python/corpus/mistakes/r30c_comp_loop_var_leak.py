# Expecting a comprehension's variable to exist afterwards.
squares = [k * k for k in range(4)]
print(squares)
print("last k was", k)
