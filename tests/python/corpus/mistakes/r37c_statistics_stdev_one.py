# the spread of my test scores, after only one test
import statistics

scores = [88]
print(statistics.mean(scores))
print(statistics.pstdev(scores))
print(statistics.stdev(scores))
