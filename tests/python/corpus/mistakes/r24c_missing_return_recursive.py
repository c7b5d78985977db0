def total(nums):
    if not nums:
        return 0
    nums[0] + total(nums[1:])

print(total([1, 2, 3]))
