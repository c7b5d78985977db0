# A number written with a leading zero, like a date.
month = 08
day = 15
print(f"{day}/{month}")
