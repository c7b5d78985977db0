# sum() of lists without a start list.
print("start")

groups = [[1, 2], [3]]
print(sum(groups, []))
print(sum(groups))
