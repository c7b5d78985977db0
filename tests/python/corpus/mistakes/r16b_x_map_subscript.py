# A map object indexed like a list
numbers = map(int, ["1", "2", "3"])
print(numbers[0])
