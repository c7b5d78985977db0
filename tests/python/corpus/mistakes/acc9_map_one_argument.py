# map() given only the function.
print("start")

values = ["1", "2"]
numbers = map(int)
print(list(numbers))
