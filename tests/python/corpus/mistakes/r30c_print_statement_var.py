# Python 2 print with a variable and a comma.
count = 3
items = ["a", "b", "c"]
print "count is", count
print(items)
