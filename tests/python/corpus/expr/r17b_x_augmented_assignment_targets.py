# Augmented assignment on list items, dict values, attributes and slices, and on a tuple's list
class Stats:
    def __init__(self):
        self.total = 0

s = Stats()
counts = {'a': 1}
items = [1, 2, 3]
for i in range(3):
    s.total += i
    counts['a'] *= 2
    counts.setdefault('b', 0)
    counts['b'] -= i
    items[i] **= 2
items[1:] += [9]
print(s.total, counts, items)
text = 'ab'
text *= 3
text += '!'
n = 17
n //= 3
n %= 4
n <<= 3
n |= 1
n ^= 0b11
print(text, n, bin(n))
lst = [1]
alias = lst
lst += [2]
print(alias, alias is lst)
t = ([1], 2)
try:
    t[0] += [3]
except TypeError as e:
    print('TypeError:', e, t)
