# An int format code on a float in an f-string.
# (kept short on purpose: the mistake is the point)
average = 17 / 4
print(f"{average:.2f}")
print(f"{average:d}")
