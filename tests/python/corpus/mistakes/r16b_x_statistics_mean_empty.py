# statistics.mean of an empty list
import statistics

print(statistics.mean([1, 2, 3, 4]))
print(statistics.median([3, 1, 2]))
print(statistics.mean([]))
