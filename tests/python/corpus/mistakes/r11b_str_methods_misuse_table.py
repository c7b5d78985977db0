# String methods used as if they changed the string, or with wrong arguments.
s = "  Hello, World  "
s.strip()
s.lower()
print(repr(s))
tries = [
    lambda: s.strip().split(",")[2],
    lambda: s.index("xyz"),
    lambda: s.rindex("l", 0, 3),
    lambda: s.replace("l"),
    lambda: s.replace("l", "L", "2"),
    lambda: s.center(20, "--"),
    lambda: s.center(20, ""),
    lambda: s.split(""),
    lambda: s.rsplit(",", 1.0),
    lambda: s.partition(""),
    lambda: s.format(1),
    lambda: "{0} {2}".format("a", "b"),
    lambda: "{name}".format(nam="x"),
    lambda: "{} {}".format("only"),
    lambda: "{:d}".format("5"),
    lambda: "%s and %s" % ("one",),
    lambda: "%d%%" % "5",
    lambda: "%(a)s" % {"b": 1},
    lambda: "%z" % 1,
    lambda: s.removesuffix(),
    lambda: s.expandtabs(1, 2),
    lambda: s.zfill(),
    lambda: s.casefold(1),
    lambda: s.encode("utf-8", "strict", "x"),
    lambda: str.join(",", "a", "b"),
]
for i, t in enumerate(tries):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
