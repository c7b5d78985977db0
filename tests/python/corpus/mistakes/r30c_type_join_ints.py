# str.join on a list of ints.
numbers = [1, 2, 3]
print(", ".join(numbers))
