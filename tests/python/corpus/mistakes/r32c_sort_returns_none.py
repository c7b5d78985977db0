# Chaining on list.sort(), which returns None.
import random
random.seed(7)
nums = [random.randint(1, 50) for _ in range(6)]
print(nums)
top = nums.sort(reverse=True)[:3]
print(top)
