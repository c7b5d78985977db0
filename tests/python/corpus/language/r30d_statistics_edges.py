# statistics edge cases: quantile methods, median_grouped, variance with Fractions and Decimals, errors
import statistics as st
from decimal import Decimal
from fractions import Fraction

data = [1, 3, 3, 6, 7, 8, 9]
print(st.quantiles(data, n=4), st.quantiles(data, n=4, method="inclusive"), st.quantiles(data, n=10)[:3])
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), st.median_grouped([52, 52, 53, 54], interval=2))
print(st.variance([Fraction(1, 2), Fraction(3, 4), Fraction(1)]), st.pvariance([Decimal("1.5"), Decimal("2.5")]))
print(st.mean([Decimal("0.1"), Decimal("0.2")]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.mode(["red", "blue", "red"]), st.multimode("aabbbcc"), st.mode([]) if False else "-")
print(st.fmean([1, 2, 3], weights=[3, 1, 1]) if hasattr(st, "fmean") else "-")
print(st.covariance([1, 2, 3], [1, 2, 4]), st.linear_regression([1, 2, 3, 4], [2, 4, 5, 8], proportional=True))
for bad in [lambda: st.variance([1]), lambda: st.mode([]), lambda: st.harmonic_mean([-1, 2]),
            lambda: st.quantiles([1], n=4), lambda: st.correlation([1, 1], [2, 3])]:
    try:
        print(bad())
    except st.StatisticsError as e:
        print("StatisticsError:", e)
print(st.geometric_mean([0, 1]))
