# statistics of a class's scores: mean, median, mode, stdev, quantiles
import statistics as st
import random

random.seed(11)
scores = [random.randint(50, 100) for _ in range(15)]
print(scores)
print('mean', st.mean(scores), 'median', st.median(scores), 'mode', st.mode(scores))
print('stdev %.3f pstdev %.3f' % (st.stdev(scores), st.pstdev(scores)))
print('quartiles', st.quantiles(scores, n=4))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.multimode('aabbc'))
print(st.fmean([1.5, 2.5, 3.5]), st.harmonic_mean([40, 60]), round(st.geometric_mean([1, 4, 16]), 9))
st.mean([])
