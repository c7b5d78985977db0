# Methods called with the wrong arguments: CPython's own words for each
# (str's find family in its old style, the sequences' count, dict's pop
# and setdefault, the codecs' argument types), and how staticmethod and
# classmethod objects show.
calls = [
    lambda: 'a'.find(sub='a'), lambda: 'a'.count(x=1), lambda: 'a'.startswith(prefix='a'),
    lambda: 'a'.find(1, 2, 3, 4), lambda: 'a'.startswith(1, 2, 3, 4), lambda: 'a'.rindex(),
    lambda: 'a'.endswith(), lambda: 'a'.find(), lambda: 'a'.index(), lambda: 'a'.rfind(),
    lambda: 'a'.count(), lambda: range(3).count(), lambda: (1,).count(), lambda: [].count(1, 2),
    lambda: {}.pop(), lambda: {}.setdefault(), lambda: 'abc'.find('c', 1, 3),
    lambda: 'abc'.startswith(('x', 'b'), 1), lambda: str(b'a', 1), lambda: str(b'a', 'utf-8', 1),
    lambda: 'a'.encode('utf-8', 1), lambda: b'a'.decode(errors=1), lambda: 'a'.encode(1, 1),
]
for f in calls:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)


class Tool:
    @staticmethod
    def make():
        return "made"

    @classmethod
    def kind(cls):
        return cls.__name__


print(str(Tool.__dict__['make']).split(" at ")[0], str(Tool.__dict__['kind']).split(" at ")[0])
print(staticmethod(len), classmethod(print), Tool.make(), Tool().kind())
