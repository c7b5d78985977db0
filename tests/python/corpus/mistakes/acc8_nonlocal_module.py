# nonlocal at module level.
count = 0
nonlocal count
