# str.format with attribute and index access, and conversions.
class P:
    def __init__(self):
        self.name = "ann"
        self.scores = [90, 85]
p = P()
d = {"k": 5, "n": "x"}
print("{0.name} {0.scores[1]} {1[k]} {1[n]!r}".format(p, d))
print("{p.name:>6}|{d[k]:03d}|{0!s:^7}|".format(3.5, p=p, d=d))
print("{:{fill}{align}{width}}".format("mid", fill="~", align="^", width=9))
print("{{literal}} {}".format("x"), "%(a)s-%(b)05.1f" % {"a": 1, "b": 2.25})
print(format(1234.5, "08.1f"), format(-3, "05d"), format("s", "<3") + "|")
print("{:b} {:#o} {:#X} {:c}".format(10, 10, 255, 9731))
print("{0:{1}}".format(3.14159, ".2f"), f"{'nested'!r:>{2 * 5}}")
