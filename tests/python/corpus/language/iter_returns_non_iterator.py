# iter() of an object whose __iter__ returns a non-iterator: CPython's 'iter() returned non-iterator of type ...'; __getitem__ iteration and in
class NoNext:
    def __iter__(self):
        return 5
class GetItemSeq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
class IterOnly:
    def __iter__(self):
        yield from 'ab'
print(list(GetItemSeq()), 20 in GetItemSeq(), 'a' in IterOnly(), list(enumerate(IterOnly())))
for f in [lambda: iter(NoNext()), lambda: list(NoNext()), lambda: next(IterOnly()), lambda: len(IterOnly())]:
    try:
        f()
    except TypeError as e:
        print('TypeError:', e)
