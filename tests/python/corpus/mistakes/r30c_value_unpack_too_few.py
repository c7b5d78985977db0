# Unpacking a pair into three names in a loop.
pairs = [("a", 1), ("b", 2)]
for key, value, extra in pairs:
    print(key, value, extra)
