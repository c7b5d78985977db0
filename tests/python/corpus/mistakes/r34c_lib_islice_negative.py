# Taking the last items of an iterator with a negative islice
from itertools import islice, count

evens = (n for n in count() if n % 2 == 0)
print(list(islice(evens, 5)))
print(list(islice(evens, -3, None)))
