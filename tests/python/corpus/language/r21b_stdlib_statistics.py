# tutorial 10.6: statistics mean, median, variance and friends
import statistics
data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(statistics.mean(data))
print(statistics.median(data))
print(statistics.variance(data))
print(statistics.stdev(data), statistics.pstdev(data))
print(statistics.mode([1, 1, 2, 3]), statistics.multimode('aabbc'))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.median([1, 3, 5, 7]))
print(statistics.mean([1, 2, 3, 4]), statistics.fmean([1, 2, 3, 4]), statistics.harmonic_mean([40, 60]))
print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8], n=4))
from fractions import Fraction
print(statistics.mean([Fraction(1, 3), Fraction(1, 6)]))
print(statistics.mean([]))
