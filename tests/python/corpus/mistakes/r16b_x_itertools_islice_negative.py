# itertools.islice with a negative stop
import itertools

print(list(itertools.islice(range(10), 3)))
print(list(itertools.islice(range(10), -1)))
