# list.index of a value that is not there
print("== list index missing value ==")

nums = [1, 2, 3]
print(nums.index(4))
