# Huge lengths and indexes: __len__ too big, range length overflow, and index-sized integer errors
class Huge:
    def __len__(self):
        return 2 ** 70


r = range(10 ** 20)
print(r[10 ** 19], r[-1], 10 ** 19 in r, r.index(5), r.count(3))
for f in [lambda: len(Huge()), lambda: len(r), lambda: [1][2 ** 70], lambda: "x" * (2 ** 70),
          lambda: [0] * -5, lambda: bool(Huge())]:
    try:
        print(f())
    except (OverflowError, IndexError, MemoryError) as e:
        print(type(e).__name__ + ":", e)
print(r[::10 ** 19], len(range(0, 10 ** 6, 7)), range(5)[::-1])
print(range(3)[5])
