# Positional-only and keyword-only parameters, default mutable trap, and argument errors
def clamp(value, /, lo=0, hi=100, *, strict=False):
    if strict and not lo <= value <= hi:
        raise ValueError(f"{value} outside [{lo}, {hi}]")
    return max(lo, min(hi, value))


def append_to(item, target=[]):
    target.append(item)
    return target


def append_safe(item, target=None):
    target = [] if target is None else target
    target.append(item)
    return target


print(clamp(150), clamp(-5, lo=-10), clamp(50, 0, 10), clamp(5, hi=3))
print(append_to(1), append_to(2), append_safe(1), append_safe(2), append_to.__defaults__)
for call in [lambda: clamp(value=5), lambda: clamp(5, 1, 2, True), lambda: clamp(5, strict=True, hi=1),
             lambda: clamp(), lambda: clamp(1, lo=2, **{"lo": 3}), lambda: clamp(1, *[2, 3, 4])]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


def f(a, b, /, c, *, d):
    return a, b, c, d


print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
f(1, b=2, c=3, d=4)
