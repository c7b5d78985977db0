# Old Python 2 habit: print statement with % formatting.
items = ["apple", "pear", "plum"]
total = len(items)
for i, item in enumerate(items):
    print "%d/%d: %s" % (i + 1, total, item)
