import statistics as st

data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data))
print(st.pstdev(data), round(st.stdev(data), 6), st.pvariance(data), round(st.variance(data), 6))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median([1, 3, 5, 7]))
print(st.multimode("aabbbcccc"), st.multimode([1, 1, 2, 2]), st.mode(["x", "y", "y"]))
print(st.fmean([1.5, 2.5, 3.5]), st.mean([1.5, 2.5, 3.0]))
print(round(st.geometric_mean([1, 2, 4, 8]), 9), st.harmonic_mean([40, 60]))
print(st.quantiles(range(1, 101), n=4), st.quantiles([1, 2, 3, 4, 5], n=3))
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.stdev([1])
except st.StatisticsError as e:
    print("StatisticsError:", e)
from fractions import Fraction
print(st.mean([Fraction(1, 3), Fraction(2, 3)]), st.median([3, 1, 2]))
