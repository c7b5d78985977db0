# Gave the same argument positionally and by keyword.
def scale(value, factor=2):
    return value * factor

print(scale(3, factor=4))
print(scale(3, 4, factor=5))
