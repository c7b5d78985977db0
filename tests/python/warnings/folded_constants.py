# What CPython's compiler sees after folding constants (ast_opt.c): an
# operation on two constants is one, and so is a sign or a tuple of them.
x = 1
print(x is 1 + 1, x is 2 * 3.0, x is "a" * 2, x is (1,) + (2,), x is 1 / 2, x is -(1 + 1), x is (1 + 1, 2))
print(x is b"a" + b"b", x is True + 1, x is 2 ** 3, x is not -1.5, x is (None,), x is -True)
print(x is None, x is ..., x is not False, x is -None, x is not x + 1)
(1 + 1)()
(2 * 3.5)[0]
("a" + "b")[1.5]
((1,) + (2,))["k"]
