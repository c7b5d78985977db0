# r24c_listcomp_error: a mistake as a learner makes it, and what CPython 3.11 says of it
# (its lines below as the learner wrote them)
words = ["3", "14", "x", "15"]
nums = [int(w) for w in words]
print(nums)
