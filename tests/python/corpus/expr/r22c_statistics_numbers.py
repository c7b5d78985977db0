# statistics on small data sets
import statistics as st
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), st.stdev(data))
print(st.median([1, 3, 5]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]), st.fmean([1, 2, 4]))
print(st.variance(data), st.pvariance(data), st.multimode("aabbbcc"), st.mean([0.1, 0.2, 0.3]))
print(st.harmonic_mean([40, 60]), st.geometric_mean([1, 10, 100]), st.quantiles(range(1, 11), n=4))
print(round(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), 10))
scores = [88.5, 92.25, 79.0, 95.75]
print(f"avg={st.mean(scores):.3f} sd={st.stdev(scores):.3f} range={max(scores) - min(scores)}")
try:
    st.mean([])
except st.StatisticsError as e:
    print("StatisticsError:", e)
try:
    st.stdev([5])
except st.StatisticsError as e:
    print("StatisticsError:", e)
