# zip silently consumes one extra item from the first iterator.
numbers = iter([1, 2, 3, 4, 5])
labels = ["a", "b"]
print(list(zip(numbers, labels)))
print("left over:", list(numbers))
numbers = iter([1, 2, 3, 4, 5])
print(list(zip(labels, numbers)))
print("left over:", list(numbers))
it = iter(range(6))
print(list(map(lambda a, b: a * b, it, [1, 1])), list(it))
it = iter(range(4))
try:
    list(zip(it, "ab", strict=True))
except ValueError as e:
    print("ValueError:", e, "| left:", list(it))
