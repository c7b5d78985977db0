# Using huge integers as indexes and slice bounds ("take everything").
text = "hello world"
nums = [1, 2, 3]
print(text[:10 ** 20], nums[-10 ** 30:], nums[::10 ** 25])
print(text[2 ** 64:], nums[1:2 ** 100])
print(round(3.14159, 10 ** 20), round(1234, -10 ** 3))
import math
print(math.comb(2 ** 70, 2) > 0, (2 ** 70).bit_length(), f"{2 ** 70:,}")
print(nums.index(3, 0, 10 ** 30))
print(nums[2 ** 64])
