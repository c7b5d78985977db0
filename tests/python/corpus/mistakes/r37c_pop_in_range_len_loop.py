# removing the negative numbers by index while looping over the indexes
nums = [3, -1, 4, -1, 5]
for i in range(len(nums)):
    if nums[i] < 0:
        nums.pop(i)
print(nums)
