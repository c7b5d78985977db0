# => instead of >=
age = 20
if age => 18:
    print("adult")
