from itertools import islice, count

evens = (n for n in count() if n % 2 == 0)
print(list(islice(evens, 5)))
print(list(islice(evens, 2, 4)))
print(list(islice(range(10), -3)))
