# pairs of numbers and their squares in a list comprehension
nums = [1, 2, 3]
pairs = [n, n * n for n in nums]
print(pairs)
# (end of the program)
