# statistics on a class's grades: mean, median, mode, stdev, quantiles and errors
import statistics as st

grades = [72, 85, 90, 66, 85, 78, 94, 85, 70, 88]
print(st.mean(grades), st.fmean(grades), st.median(grades), st.mode(grades))
print(round(st.stdev(grades), 4), round(st.pstdev(grades), 4), round(st.variance(grades), 3))
print(st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]), st.multimode("aabbc"))
print(st.quantiles(grades, n=4), st.harmonic_mean([2, 4]), st.geometric_mean([1, 100]))
print(st.mean([1, 2, 3, 4]), type(st.mean([1, 2])).__name__, st.median([3, 1, 2]))
from fractions import Fraction
print(st.mean([Fraction(1, 3), Fraction(1, 6)]))
print(round(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), 6), st.linear_regression([1, 2, 3], [2, 4, 6]))
st.mean([])
