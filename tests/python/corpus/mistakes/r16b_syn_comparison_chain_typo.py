# => instead of >=
print("== comparison chain typo ==")
age = 20
if age => 18:
    print("adult")
