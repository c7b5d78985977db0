# A starred expression used on its own as a value.
# (kept short on purpose: the mistake is the point)
numbers = [1, 2, 3]
copy = *numbers
print(copy)
