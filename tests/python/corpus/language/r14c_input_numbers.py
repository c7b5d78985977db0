# Reading numbers with input() in a loop, with validation, until the user types 'done'.
nums = []
while True:
    s = input("Enter a number (or done): ")
    if s.lower() == "done":
        break
    try:
        nums.append(float(s) if "." in s else int(s))
    except ValueError:
        print(f"Invalid input: {s!r}")
print()
print("numbers:", nums)
print("count:", len(nums), "sum:", sum(nums))
print("min:", min(nums), "max:", max(nums))
print("average: {:.3f}".format(sum(nums) / len(nums)))
s = sorted(nums)
mid = len(s) // 2
print("median:", s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2)
