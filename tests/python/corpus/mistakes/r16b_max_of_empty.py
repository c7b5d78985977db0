# max() of an empty list from a filter that matched nothing
print("== max of empty ==")
temps = [12, 15, 11]
hot_days = [t for t in temps if t > 30]
print("hottest:", max(hot_days))
