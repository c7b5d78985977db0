nums = []
while True:
    line = input("number (blank to stop): ")
    if not line:
        break
    nums.append(int(line))
print("sum", sum(nums), "max", max(nums))
print(sorted(nums, reverse=True))
