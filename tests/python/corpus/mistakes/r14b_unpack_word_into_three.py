# Mistake: unpacking a two-letter code into three names (not enough values to unpack).
codes = ['abc', 'xyz', 'pq', 'rst']
for code in codes:
    first, second, third = code
    print(first, second, third)
