# A TypeError inside a list comprehension.
values = [1, 2, "3", 4]
doubled = [v * 2 for v in values]
squares = [v ** 2 for v in values]
print(squares)
