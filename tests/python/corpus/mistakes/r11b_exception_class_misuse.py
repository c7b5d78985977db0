# Raising and catching things that are not exceptions.
class NotAnError:
    pass
for code in [
    "raise 'oops'",
    "raise NotAnError",
    "raise NotAnError()",
    "raise ValueError from 5",
    "raise 42",
    "try:\n    1/0\nexcept NotAnError:\n    pass",
    "try:\n    1/0\nexcept (ZeroDivisionError, 'x'):\n    print('caught anyway')",
    "try:\n    [][0]\nexcept (KeyError, 'x'):\n    pass",
    "raise",
    "raise StopIteration",
    "raise ValueError('a', 'b')",
    "raise KeyError('a', 'b')",
    "raise OSError(2, 'No such file', 'x.txt')",
]:
    try:
        exec(code)
    except BaseException as e:
        print(repr(code), "->", type(e).__name__ + ":", e)
