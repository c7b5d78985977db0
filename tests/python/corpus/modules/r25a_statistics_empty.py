import statistics

scores = []
print("median of nothing?")
try:
    statistics.median(scores)
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
print(statistics.mean(scores))
