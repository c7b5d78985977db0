# str.format and % formatting error messages
tests = [
    lambda: "{name}".format(),
    lambda: "{0} {1}".format(1),
    lambda: "{} {1}".format(1, 2),
    lambda: "a}b".format(),
    lambda: "{".format(),
    lambda: "{0.x}".format(1),
    lambda: "{0[2]}".format([1]),
    lambda: "%s %s" % (1,),
    lambda: "%s" % (1, 2),
    lambda: "%(a)s" % {},
    lambda: "%z" % 1,
    lambda: "{:>q}".format(1),
    lambda: format(1, "s"),
]
for t in tests:
    try:
        t()
    except (KeyError, IndexError, ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
