# Mistake: syn bad slice.
# (A learner's program as written, to compare with CPython 3.11.)
#
nums = [1, 2, 3]
print(nums[1:2:3:4])
