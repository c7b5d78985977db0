# if/elif chains, match with guards and value patterns.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80:
        return "B"
    elif score >= 70:
        return "C"
    else:
        return "F"

print([grade(s) for s in (95, 85, 70, 10)])

def describe(n):
    match n:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(x) if x < 0:
            return f"negative {x}"
        case int():
            return "big"
        case [a, b]:
            return f"pair {a},{b}"
        case {"n": value}:
            return f"dict with n={value}"
        case str() as s:
            return f"text {s!r}"
        case _:
            return "other"

for v in [0, 2, -5, 99, [1, 2], {"n": 3, "m": 4}, "hi", 1.5]:
    print(v, "->", describe(v))
