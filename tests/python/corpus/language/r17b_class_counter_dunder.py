# A learner's Counter class with __repr__, __len__, __iter__ and __add__
class Tally:
    def __init__(self, **counts):
        self.counts = dict(counts)

    def __repr__(self):
        inner = ', '.join(f'{k}={v}' for k, v in sorted(self.counts.items()))
        return f'Tally({inner})'

    def __len__(self):
        return sum(self.counts.values())

    def __iter__(self):
        return iter(sorted(self.counts))

    def __add__(self, other):
        merged = dict(self.counts)
        for k, v in other.counts.items():
            merged[k] = merged.get(k, 0) + v
        return Tally(**merged)

a = Tally(x=2, y=1)
b = Tally(y=3, z=4)
c = a + b
print(a, b, c, sep='\n')
print(len(c), list(c))
print(a + 5)
