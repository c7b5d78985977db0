# continue in an if at module level.
x = 3
if x > 2:
    continue
