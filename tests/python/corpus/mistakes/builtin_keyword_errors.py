# Keyword arguments C functions do not take, in CPython's words: 'x' is an invalid keyword argument for f(), f() takes no keyword arguments, str.join() takes no keyword arguments, at most N keyword arguments
tests = [
    lambda: print('x', sepp=','),
    lambda: max([1, 2], keyy=len),
    lambda: min([1], default=0, key=None, extra=1),
    lambda: list(enumerate('ab', begin=1)),
    lambda: int('5', bas=10),
    lambda: round(2.5, digits=2),
    lambda: range(stop=5),
    lambda: 'a,b'.split(seperator=','),
    lambda: {}.get(key='a'),
    lambda: sum([1], begin=2),
    lambda: 'x'.join(iterable=['a']),
    lambda: [1].index(value=1),
    lambda: 'abc'.replace(old='a', new='b'),
    lambda: 'abc'.strip(chars='a'),
    lambda: list(map(str, [1], func=str)),
    lambda: sorted([1], key=len, cmp=None),
    lambda: input(prompt='x'),
    lambda: abs(x=1),
    lambda: len(obj=[1]),
    lambda: isinstance(obj=1, class_or_tuple=int),
    lambda: str(obj=5),
    lambda: float(x='1.5'),
    lambda: list(iterable=[1]),
    lambda: dict(a=1).pop(key='a'),
    lambda: 'a'.startswith(prefix='a'),
    lambda: zip([1], strct=True),
    lambda: 'abc'.encode(encodng='utf-8'),
    lambda: 'ab'.center(width=5),
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print('TypeError:', e)
