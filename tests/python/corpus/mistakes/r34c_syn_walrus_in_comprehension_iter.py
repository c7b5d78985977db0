# Using the walrus in a comprehension's iterable part to save a value
data = [3, 1, 4, 1, 5]
squares = [x * x for x in (biggest := sorted(data))]
print(squares, biggest)
doubled = [y := x * 2 for x in data]
print(doubled)
