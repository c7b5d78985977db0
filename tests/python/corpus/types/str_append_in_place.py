# `s += t` into a local grows the str in place where nothing else holds it
# (CPython 3.11 does the same): everything that does hold it keeps its text.
def build(n):
    s = ""
    for i in range(n):
        s += "ab"
    return s

def aliases():
    s = "a" * 2
    t = s
    s += "c"
    print(s, t)
    d = {}
    k = "key" + "1" * 2
    d[k] = 1
    k += "z"
    print(d, k)
    kept = []
    w = "w" + "q"
    for i in range(3):
        w += "!"
        kept.append(w)
    print(kept)
    h = "h" * 5
    hs = {h}
    h += "i"
    print(hs, h, h in hs, "hhhhhi" in {h}, hash(h) == hash("hh" + "hhhi"))
    e = "é" * 3
    print(e[1], e[-1])
    e += "ü"
    e = e + "ø"
    print(e, len(e), e[3], e[-1], e[::-1])
    n = "n" * 4
    n += 5 * "m"
    n = "<" + n
    print(n, n.isascii(), len(n))
    try:
        x = "x" * 3
        x += 1
    except TypeError as err:
        print(err, x)

s = build(400_000)
print(len(s), s[:6], s[-4:], s.count("ab"))
aliases()
g = "g" * 3
for i in range(4):
    g += str(i)
print(g)
