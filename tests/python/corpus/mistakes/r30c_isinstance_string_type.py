# isinstance with a type name given as a string.
value = 3
print(isinstance(value, (int, float)))
print(isinstance(value, "int"))
