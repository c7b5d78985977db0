def average(nums):
    return sum(nums) / len(nums)

print(average([3, 4, 5]))
results = []
print(average(results))
