# A starred expression used on its own as a value.
numbers = [1, 2, 3]
copy = *numbers
print(copy)
