# A typo of a function's local inside a list comprehension
def scale(values):
    factor = 3
    return [v * factr for v in values]

print(scale([1, 2]))
