# isinstance with a type name given as a string.
# (kept short on purpose: the mistake is the point)
value = 3
print(isinstance(value, (int, float)))
print(isinstance(value, "int"))
