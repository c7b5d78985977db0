# list.index of a value that is not there
nums = [1, 2, 3]
print(nums.index(4))
