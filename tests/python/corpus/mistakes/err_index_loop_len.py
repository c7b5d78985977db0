nums = [4, 8, 15]
for i in range(len(nums) + 1):
    print(i, nums[i] * 2)
