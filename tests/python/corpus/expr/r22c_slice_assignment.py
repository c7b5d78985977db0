# slice assignment and deletion on lists, and why strings refuse it
nums = list(range(10))
nums[2:5] = ["a", "b"]
print(nums)
nums[:0] = [-1]
print(nums)
nums[len(nums):] = [99, 100]
print(nums)
nums[::2] = ["E"] * len(nums[::2])
print(nums)
del nums[::3]
print(nums)
nums[1:3] = "xy"
print(nums)
try:
    nums[::2] = [0]
except ValueError as e:
    print("ValueError:", e)
word = "hello"
try:
    word[0] = "J"
except TypeError as e:
    print("TypeError:", e)
try:
    del word[1]
except TypeError as e:
    print("TypeError:", e)
print("J" + word[1:], word[:1].upper() + word[1:])
t = (1, 2, 3)
t[0] = 5
