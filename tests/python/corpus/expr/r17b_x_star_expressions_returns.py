# Returning several values, starred unpacking of results and swapping through tuples
def stats(values):
    return min(values), max(values), sum(values) / len(values)

lo, hi, avg = stats([3, 9, 4])
print(lo, hi, round(avg, 2), stats([1]))
head, *tail = stats([5, 6, 7])
print(head, tail)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x = y = z = 0
x += 1
print(x, y, z)
pairs = [(1, 'one'), (2, 'two')]
nums, words = zip(*pairs)
print(nums, words, dict(pairs), [*map(str.upper, words)])
print(*stats([2, 4]), sep=' | ')
lo, hi = stats([1, 2])
