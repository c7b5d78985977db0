# Language: a container class with __len__, __getitem__, __iter__, __contains__, __bool__.
class Results:
    def __init__(self):
        self._items = {}

    def add(self, n, value):
        self._items[n] = value
        return self

    def __len__(self):
        return len(self._items)

    def __getitem__(self, n):
        return self._items[n]

    def __iter__(self):
        return iter(sorted(self._items))

    def __contains__(self, n):
        return n in self._items

    def __bool__(self):
        return bool(self._items)

    def __str__(self):
        return ', '.join(f'{n}!={v}' for n, v in sorted(self._items.items()))

r = Results()
print(bool(r), len(r), str(r) == '')
r.add(5, 120).add(3, 6).add(4, 24)
print(bool(r), len(r), 3 in r, 7 in r, r[4], list(r), str(r))
print([n for n in r if r[n] > 10], max(r), sorted(r, reverse=True))
if r:
    print('has results:', r)
try:
    r[9]
except KeyError as e:
    print('missing', e)
