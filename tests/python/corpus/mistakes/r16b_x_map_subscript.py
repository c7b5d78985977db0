# A map object indexed like a list
print("== map subscript ==")

numbers = map(int, ["1", "2", "3"])
print(numbers[0])
