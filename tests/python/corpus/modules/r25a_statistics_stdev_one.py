from statistics import stdev, pstdev, variance
data = [4.0]
print(pstdev(data))
try:
    print(variance(data))
except Exception as e:
    print(type(e).__module__, type(e).__name__, e)
print(stdev(data))
