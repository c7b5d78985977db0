class I(int): pass
class P(int):
    def __pow__(self, e, m=None): return f"P.__pow__({e}, {m})"
print(pow(I(3), 2, 5), pow(P(3), 2, 5), pow(3, P(2), 5), pow(True, 2, 3))
for args in [(2.0, 2, 3), (2, 2, 3.0), (2, 2.5, 3), (2, 2, "x"), ("a", 2, 3), (2.0, "a", 3), (2, 2, None), (2, -1, 5), (2, 2, 0)]:
    try:
        print(pow(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
