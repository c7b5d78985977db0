# islice with a negative stop.
# (kept short on purpose: the mistake is the point)
from itertools import islice, count
print(list(islice(count(10), 3)))
print(list(islice(count(10), -1)))
