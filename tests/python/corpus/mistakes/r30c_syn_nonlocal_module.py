# nonlocal at module level.
count = 0
nonlocal count
count += 1
print(count)
