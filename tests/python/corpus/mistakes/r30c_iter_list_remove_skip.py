# Removing items from a list while looping skips some; then an index error.
nums = [2, 4, 6, 7, 8]
for n in nums:
    if n % 2 == 0:
        nums.remove(n)
print(nums)
for i in range(len(nums)):
    if nums[i] == 4:
        del nums[i]
print(nums)
