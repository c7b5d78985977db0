# A type annotation in a lambda's parameters.
print("start")

square = lambda x: int: x * x
print(square(3))
