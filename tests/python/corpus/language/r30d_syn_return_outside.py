# A return statement left at module level after copying a function body
values = [3, 1, 2]
total = 0
for v in values:
    total += v
return total
