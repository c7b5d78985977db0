# isinstance() given a type's name as a string.
print("start")

value = 5
print(isinstance(value, (int, float)))
print(isinstance(value, "int"))
