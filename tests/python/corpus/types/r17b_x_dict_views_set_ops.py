# dict views as sets: keys() and items() with &, |, -, ^ and comparisons; values() is not set-like
a = {'x': 1, 'y': 2, 'z': 3}
b = {'y': 20, 'z': 3, 'w': 4}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b), sorted(a.keys() ^ b.keys()))
print(a.items() & b.items(), sorted(a.items() - b.items()))
print(a.keys() == {'x', 'y', 'z'}, a.keys() >= {'x'}, a.keys() < b.keys(), a.keys() <= a.keys(), {'x', 'y'} < a.keys())
print(a.keys() == ['x', 'y', 'z'], a.items() == {('x', 1), ('y', 2), ('z', 3)}, a.keys().isdisjoint({'q'}))
print(a.values() == a.values(), list(a.values()) == [1, 2, 3], 'x' in a.keys(), ('x', 1) in a.items(), 2 in a.values())
print(len(a.keys() & 'xyq'), sorted(a.keys() | ['new']))
print(a.values() & {1})
