# A return annotation arrow with no type.
def total(values) -> :
    return sum(values)

print(total([1, 2]))
