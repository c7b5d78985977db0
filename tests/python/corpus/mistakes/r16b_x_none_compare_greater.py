# A max value kept as None and compared with a number
best = None
for n in [3, 9, 4]:
    if n > best:
        best = n
print(best)
