# List operations learners use.
nums = [5, 3, 8, 1, 9, 2]
nums.append(7); nums.insert(0, 10); nums.extend([4, 6])
print(nums, len(nums))
print(nums.pop(), nums.pop(0), nums)
nums.remove(8)
print(nums, nums.index(9), nums.count(3))
nums.sort(); print(nums)
nums.sort(reverse=True); print(nums)
nums.reverse(); print(nums)
print(nums[::2], nums[1:-1], nums[::-1], nums[-3:])
copy = nums.copy(); copy[0] = 99
print(nums[0], copy[0])
nested = [[0] * 3] * 2; nested[0][0] = 1; print(nested)
good = [[0] * 3 for _ in range(2)]; good[0][0] = 1; print(good)
print(sum(nums), min(nums), max(nums), sorted(nums, key=lambda x: -x)[:3])
del nums[1:3]; print(nums)
nums[1:1] = [100, 200]; print(nums)
print([1, 2] + [3], [0] * 4, 3 in nums, [1, 2] < [1, 3], [1, 2] == [1, 2])
nums.clear(); print(nums)
try:
    nums.remove(5)
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
