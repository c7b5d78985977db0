# Python 2 dict.iteritems() in a report loop.
ages = {"ann": 31, "bob": 25}
print("report:")
for name, age in sorted(ages.iteritems()):
    print(f"  {name}: {age}")
