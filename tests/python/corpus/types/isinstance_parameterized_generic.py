# isinstance() and issubclass() with a parameterized generic: list[int] is
# refused in CPython's words, typing.List[int] in typing's.
import typing
for t in [list[int], typing.List[int], dict[str, int]]:
    for f in (isinstance, lambda a, b: issubclass(list, b)):
        try:
            print(f([], t))
        except TypeError as e:
            print('TypeError:', e)
