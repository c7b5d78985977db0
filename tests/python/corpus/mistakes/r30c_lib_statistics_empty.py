# statistics.mean of an empty list and mode of nothing.
import statistics
print(statistics.mean([1, 2, 3, 4]))
print(statistics.median([5, 1, 3]))
print(statistics.mean([]))
