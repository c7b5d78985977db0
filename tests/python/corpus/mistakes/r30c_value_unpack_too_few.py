# Unpacking a pair into three names in a loop.
# (kept short on purpose: the mistake is the point)
pairs = [("a", 1), ("b", 2)]
for key, value, extra in pairs:
    print(key, value, extra)
