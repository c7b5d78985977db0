# validating that a value is a list of ints with isinstance
values = [1, 2, 3]
print(isinstance(values, list))
print(isinstance(values, list[int]))
# (end of the program)
