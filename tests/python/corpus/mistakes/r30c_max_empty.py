# max() of a filtered list that turned out empty.
# (kept short on purpose: the mistake is the point)
temps = [12, 15, 9]
hot_days = [t for t in temps if t > 30]
print("hottest:", max(hot_days))
