# islice with a negative stop.
from itertools import islice, count
print(list(islice(count(10), 3)))
print(list(islice(count(10), -1)))
