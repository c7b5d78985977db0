words = ["3", "14", "x", "15"]
nums = [int(w) for w in words]
print(nums)
