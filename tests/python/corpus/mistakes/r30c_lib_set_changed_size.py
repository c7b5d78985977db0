# Adding to a set while looping over it.
seen = {1, 2, 3}
for x in seen:
    if x < 10:
        seen.add(x * 10)
print(sorted(seen))
