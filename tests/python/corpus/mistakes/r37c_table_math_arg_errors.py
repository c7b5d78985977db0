# the math functions my geometry homework called with bad values
import math

calls = [
    ("sqrt('4')", lambda: math.sqrt("4")),
    ("gcd(1.5, 3)", lambda: math.gcd(1.5, 3)),
    ("isqrt(-1)", lambda: math.isqrt(-1)),
    ("comb(3, -1)", lambda: math.comb(3, -1)),
    ("perm(3, 'a')", lambda: math.perm(3, "a")),
    ("log(1, 1)", lambda: math.log(1, 1)),
    ("log(-1)", lambda: math.log(-1)),
    ("log10(0)", lambda: math.log10(0)),
    ("dist([1], [1, 2])", lambda: math.dist([1], [1, 2])),
    ("fsum('ab')", lambda: math.fsum("ab")),
    ("prod([1, 'a'])", lambda: math.prod([1, "a"])),
    ("acos(2)", lambda: math.acos(2)),
    ("factorial(-3)", lambda: math.factorial(-3)),
    ("factorial(2.0)", lambda: math.factorial(2.0)),
    ("ceil(None)", lambda: math.ceil(None)),
    ("hypot('3')", lambda: math.hypot("3")),
    ("copysign(1)", lambda: math.copysign(1)),
    ("pow(0, -1)", lambda: math.pow(0, -1)),
    ("ldexp(1.0, 1.5)", lambda: math.ldexp(1.0, 1.5)),
    ("isclose(1, 2, 3)", lambda: math.isclose(1, 2, 3)),
]
for label, call in calls:
    try:
        print(label, "->", call())
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
