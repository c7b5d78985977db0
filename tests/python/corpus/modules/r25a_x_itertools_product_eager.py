import itertools

numbers = iter([1, 2, 3])
pairs = itertools.product(numbers, repeat=2)
print("left in numbers:", list(numbers))
print(len(list(pairs)))
sizes = ["S", "M"]
combos = itertools.product(sizes, ["red", "blue"])
sizes.append("L")
print(list(combos))
grid = itertools.product(range(3), 3)
print("made the grid")
print(list(grid))
