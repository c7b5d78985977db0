# else: followed by a for on the same line.
values = [3, 1, 2]
if not values:
    print("nothing")
else: for v in sorted(values): print(v)
print("done")
