# string module constants and capwords, str.format with attribute/index fields, Formatter parse.
import string
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.punctuation), len(string.printable), string.punctuation[:10])
print(string.capwords("the  factorial\tof five"), string.capwords("a-b c-d", "-"))
alphabet = string.digits + string.ascii_lowercase
def to_base(n, b):
    out = ""
    while True:
        n, d = divmod(n, b)
        out = alphabet[d] + out
        if not n:
            return out
print(to_base(3628800, 36), int(to_base(3628800, 36), 36), to_base(255, 2), to_base(0, 7))
print(list(string.Formatter().parse("{0} is {name!r:>5} {{x}}")))
print("{0[1]} {0[0]} {p.real} {d[k]}".format(["a", "b"], p=3 + 4j, d={"k": "v"}))
t = string.Template("$who computed ${n}! = $v")
print(t.substitute(who="learner", n=5, v=120), t.safe_substitute(who="x"))
