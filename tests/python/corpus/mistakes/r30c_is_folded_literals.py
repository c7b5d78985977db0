# "is" against expressions that Python folds into constants.
def check(x):
    print(x is -1, x is 2 ** 8, x is (1, 2), x is "ab" * 2)
    print(x is not (), x is ..., x is None, x is "xyz"[1])
    print(x is [1], x is {}, x is -0.0, x is 1 + 2j)

check(256)
check(())
