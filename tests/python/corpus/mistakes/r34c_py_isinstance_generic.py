# Checking a value against a parameterised generic type
def check(values):
    if isinstance(values, list[int]):
        return sum(values)
    return None

print(check([1, 2, 3]))
