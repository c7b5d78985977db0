from itertools import islice

data = list(range(10))
print(list(islice(data, 3)))
print(list(islice(data, 2, 8, 2)))
for args in [(-1,), (-5,), (2, -1), (3, -4), (-1, 4), (0, 4, -1)]:
    try:
        print(args, list(islice(data, *args)))
    except ValueError as e:
        print(args, e)
last_three = list(islice(data, len(data) - 3, None))
print(last_three)
print(list(islice(data, -3, None)))
