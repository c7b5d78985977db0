# sorting squares with a generator expression next to the key argument
nums = [3, 1, 2]
print(sorted(n * n for n in nums, reverse=True))
# (end of the program)
# (end of the program)
