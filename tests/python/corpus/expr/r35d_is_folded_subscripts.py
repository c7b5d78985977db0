# "is" against constants indexed by constants, which CPython folds (and warns about) before compiling
def check(x):
    print(x is "abc"[0], x is (1, 2)[1], x is b"ab"[0], x is "abc"[-1])
    print(x is "abc"[5] if x else None, x is (1, [2])[0], x is ("a",)[0], x is "abc"[True])
    print(x is "abc"[1:2], x is ((1, 2), 3)[0], x is "é"[0], x is (None, 1)[0])

check(0)
check("")
