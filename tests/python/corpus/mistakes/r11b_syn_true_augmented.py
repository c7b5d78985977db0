# Incrementing True by mistake for a flag counter.
flags = 0
for ok in [True, False, True]:
    if ok:
        True += 1
print(flags)
