# A range check written like English: x > 3 and < 10.
def in_range(x):
    return x > 3 and < 10

for v in (2, 5, 12):
    print(v, in_range(v))
