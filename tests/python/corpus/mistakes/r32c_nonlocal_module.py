# nonlocal used at module level in the hope of sharing a counter.
count = 0
nonlocal count

def bump():
    count += 1

bump()
print(count)
