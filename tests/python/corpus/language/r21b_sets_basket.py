# tutorial 5.4: sets of fruits and letters (printed sorted)
basket = {'apple', 'orange', 'apple', 'pear', 'orange', 'banana'}
print(sorted(basket))
print('orange' in basket)
print('crabgrass' in basket)
a = set('abracadabra')
b = set('alacazam')
print(sorted(a))
print(sorted(a - b))
print(sorted(a | b))
print(sorted(a & b))
print(sorted(a ^ b))
a = {x for x in 'abracadabra' if x not in 'abc'}
print(sorted(a))
print({1, 2, 3} | {3, 4}, {3, 1, 2} & {2, 3, 9}, set(), {0} - {0})
empty = {}
print(type(empty).__name__, type(set()).__name__)
s = {3, 1}
s.add(2); s.discard(7); s.update([5, 4])
print(s, len(s), s <= {1, 2, 3, 4, 5, 6}, {1, 2} < {1, 2}, s.isdisjoint({9}))
print(frozenset([2, 1]), frozenset(), set([3, 3, 3]))
s.remove(42)
