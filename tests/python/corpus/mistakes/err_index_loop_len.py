# Mistake: err index loop len.
# (A learner's program as written, to compare with CPython 3.11.)
nums = [4, 8, 15]
for i in range(len(nums) + 1):
    print(i, nums[i] * 2)
