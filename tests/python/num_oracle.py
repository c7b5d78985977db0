"""numcheck's line protocol (python/tools/numcheck.c) answered by CPython
itself: tests/python/num.test.mjs feeds the same operations to both and
compares the answers byte for byte.  Run with python3 (3.11)."""
import math
import struct
import sys


def unhex(s):
    return b"" if s == "-" else bytes.fromhex(s)


def text(s):
    return unhex(s).decode("utf-8", "surrogateescape")


def hx(s):
    b = s.encode("utf-8", "surrogatepass")
    return b.hex() if b else "-"


def i(s):
    return int(s, 16)


def f(s):
    return struct.unpack("<d", struct.pack("<Q", int(s, 16)))[0]


def oi(v):
    return ("-" if v < 0 else "") + format(abs(v), "x")


def of(v):
    if isinstance(v, complex):
        raise Unsupported
    if math.isnan(v):
        return "nan"
    return "%016x" % struct.unpack("<Q", struct.pack("<d", v))[0]


# num.h's NUM_MATH_* order.
MATH1 = ["sqrt", "exp", "exp2", "expm1", "log", "log2", "log10", "log1p", "sin", "cos", "tan", "asin", "acos",
         "atan", "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "fabs", "cbrt", "erf", "erfc"]


class Unsupported(Exception):
    pass


def cmp(a, b):
    if a < b:
        return -1
    if a == b:
        return 0
    if a > b:
        return 1
    return 2


def pct(fmt, stars, value):
    return hx(fmt % tuple(stars + [value]))


def run(t):
    op = t[0]
    if op == "setmax":
        sys.set_int_max_str_digits(i(t[1]))
        return ""
    if op == "int_parse":
        return oi(int(text(t[1]), int(t[2])))
    if op == "int_str":
        return hx(str(i(t[1])))
    if op == "int_base":
        v, base, prefix = i(t[1]), int(t[2]), int(t[3])
        s = {16: hex, 8: oct, 2: bin}[base](v)
        if not prefix:
            s = s.replace(s.lstrip("-")[:2], "", 1)
        return hx(s)
    two = {
        "add": lambda a, b: a + b,
        "sub": lambda a, b: a - b,
        "mul": lambda a, b: a * b,
        "floordiv": lambda a, b: a // b,
        "mod": lambda a, b: a % b,
        "pow": lambda a, b: a ** b,
        "and": lambda a, b: a & b,
        "or": lambda a, b: a | b,
        "xor": lambda a, b: a ^ b,
        "lshift": lambda a, b: a << b,
        "rshift": lambda a, b: a >> b,
        "gcd": math.gcd,
    }
    if op in two:
        return oi(two[op](i(t[1]), i(t[2])))
    if op == "divmod":
        q, r = divmod(i(t[1]), i(t[2]))
        return oi(q) + " " + oi(r)
    if op == "powmod":
        return oi(pow(i(t[1]), i(t[2]), i(t[3])))
    if op == "truediv":
        return of(i(t[1]) / i(t[2]))
    one = {"invert": lambda a: ~a, "neg": lambda a: -a, "abs": abs, "isqrt": math.isqrt,
           "factorial": math.factorial}
    if op in one:
        return oi(one[op](i(t[1])))
    if op == "cmp":
        return str(cmp(i(t[1]), i(t[2])))
    if op == "bitlen":
        return str(i(t[1]).bit_length())
    if op == "hash":
        return str(hash(i(t[1])))
    if op == "i64":
        v = i(t[1])
        fits = -2**63 <= v < 2**63
        return "%d %s" % (fits, oi(v if fits else 0))
    if op == "to_double":
        return of(float(i(t[1])))
    fl = {"from_double": int, "round_int": round, "floor": math.floor, "ceil": math.ceil}
    if op in fl:
        return oi(fl[op](f(t[1])))
    if op == "cmp_double":
        return str(cmp(i(t[1]), f(t[2])))
    if op == "float_parse":
        return of(float(text(t[1])))
    if op == "repr":
        return hx(repr(f(t[1])))
    ff = {"fdiv": lambda a, b: a / b, "ffloordiv": lambda a, b: a // b, "fmod": lambda a, b: a % b,
          "fpow": lambda a, b: a ** b}
    if op in ff:
        return of(ff[op](f(t[1]), f(t[2])))
    if op == "fdivmod":
        q, r = divmod(f(t[1]), f(t[2]))
        return of(q) + " " + of(r)
    if op == "round":
        return of(round(f(t[1]), i(t[2])))
    if op == "is_integer":
        return str(int(f(t[1]).is_integer()))
    if op == "fhash":
        return str(hash(f(t[1])))
    if op == "sqrt":
        return of(math.sqrt(f(t[1])))
    if op == "fmt_int":
        return hx(format(i(t[1]), text(t[2])))
    if op == "fmt_bool":
        return hx(format(bool(i(t[1])), text(t[2])))
    if op == "fmt_float":
        return hx(format(f(t[1]), text(t[2])))
    if op == "fmt_str":
        return hx(format(text(t[1]), text(t[2])))
    if op in ("pct_int", "pct_float", "pct_str"):
        fmt = text(t[1])
        nstars = fmt.count("*")
        stars = [i(x) for x in t[2:2 + nstars]]
        v = t[2 + nstars]
        value = i(v) if op == "pct_int" else f(v) if op == "pct_float" else text(v)
        if op == "pct_str" and fmt[-1] in "ra":
            fmt = fmt[:-1] + "s"  # numcheck is handed repr()/ascii() already made
        return pct(fmt, stars, value)
    if op == "math1":
        fn = MATH1[int(t[1])]
        return of(getattr(math, fn)(f(t[2])))
    if op == "mathlog_int":
        fn = ["log", "log2", "log10"][int(t[1]) - MATH1.index("log")]
        return of(getattr(math, fn)(i(t[2])))
    if op == "mpow":
        return of(math.pow(f(t[1]), f(t[2])))
    if op == "mfmod":
        return of(math.fmod(f(t[1]), f(t[2])))
    if op == "lcm":
        return oi(math.lcm(i(t[1]), i(t[2])))
    if op == "comb":
        return oi(math.comb(i(t[1]), i(t[2])))
    if op == "perm":
        return oi(math.perm(i(t[1]), i(t[2])))
    if op == "perm1":
        return oi(math.perm(i(t[1])))
    if op == "int_round":
        return oi(round(i(t[1]), i(t[2])))
    if op == "add_i64":
        return oi(i(t[1]) + i(t[2]))
    if op == "mul_i64":
        return oi(i(t[1]) * i(t[2]))
    if op == "i64hash":
        return str(hash(i(t[1])))
    if op == "str_repr":
        return hx(repr(text(t[1])))
    raise SystemExit("num_oracle: unknown operation " + op)


def main():
    out = sys.stdout
    for line in sys.stdin:
        t = line.split()
        if not t:
            continue
        try:
            r = run(t)
            out.write("ok" + (" " + r if r else "") + "\n")
        except Unsupported:
            out.write("unsupported\n")
        except (ValueError, OverflowError, ZeroDivisionError, TypeError, MemoryError) as e:
            out.write("err %s %s\n" % (type(e).__name__, hx(str(e))))


main()
