# continue used in an if at module level, not inside a loop.
values = [1, -2, 3]
total = 0
if total < 0:
    continue
print(total)
