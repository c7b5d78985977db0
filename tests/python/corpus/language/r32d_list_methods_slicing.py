# List methods and slice assignment: insert, extend, remove, slicing with steps and deletion
nums = [5, 3, 8]
nums.append(1)
nums.extend([9, 2])
nums.insert(0, 7)
nums.insert(-1, 4)
nums.insert(100, 0)
print(nums, nums.index(8), nums.count(3))
nums.remove(3)
print(nums.pop(), nums.pop(0), nums)
nums[1:3] = ["a", "b", "c", "d"]
print(nums)
nums[::2] = [0] * len(nums[::2])
print(nums)
del nums[1::3]
print(nums, nums[::-1], nums[-2:], nums[10:], nums[:-10])
c = nums.copy()
c.reverse()
c.clear()
print(c, nums * 2, [nums] * 0, nums + [1], sorted(nums, key=str))
a = [1, 2, 3]
a[5:] = [9]
print(a, a[1:-1], a[::-2], list(range(10))[2:8:3])
a[::2] = [1]
