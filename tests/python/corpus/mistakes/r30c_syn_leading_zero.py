# A number written with a leading zero, like a date.
# (kept short on purpose: the mistake is the point)
month = 08
day = 15
print(f"{day}/{month}")
