# str.join on a list of ints.
# (kept short on purpose: the mistake is the point)
#
numbers = [1, 2, 3]
print(", ".join(numbers))
