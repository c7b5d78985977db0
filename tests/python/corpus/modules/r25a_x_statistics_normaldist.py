from statistics import NormalDist, mean, stdev

heights = [170, 165, 180, 175, 172]
print(mean(heights), round(stdev(heights), 3))
dist = NormalDist(mean(heights), stdev(heights))
print(round(dist.cdf(180), 4))
