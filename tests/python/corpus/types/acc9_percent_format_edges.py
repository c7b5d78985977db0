# %-formatting edge cases: dict with repeated keys, * widths, flags, %c, %r of containers, errors.
d = {"name": "fact", "n": 5, "v": 120.0}
print("%(name)s(%(n)d) = %(v).1f; again %(n)03d" % d)
print("%-8s|%8s|%.2s|%-*s|" % ("ab", "cd", "xyz", 5, "e"))
print("%5.2f|%-8.3e|%+.0f|%#.0f|%08.3f|% .2f" % (3.14159, 12345.678, 2.5, 3.0, -3.14159, 2.0))
print("%d %i %u" % (3.9, -2, 7), "%x %o" % (-255, -8), "%s %s" % ([1, "a"], {"k": (1,)}), "%r" % "q'q")
print("%c%c%c" % (72, "i", 0x263A), "%%d" % (), "%.3s" % 3.14159)
print("%(a)s %(b)s" % {"a": 1, "b": 2, "c": 3}, "%s" % "only", "%s" % ((1, 2),), "%s %s" % (None, True))
print("%.3g|%g|%G|%g|%g" % (1234567, 0.00001234, 1e-10, 100000, 1000000.0))
for fmt, args in [("%s %s", (1,)), ("%s", (1, 2)), ("%d", "1"), ("%(x)d", {"y": 1}), ("%c", 1.5), ("%c", "ab"), ("%y", 1), ("%(x)s %s", {"x": 1}), ("%*d", ("a", 1))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
print(b"%d bytes %s" % (3, b"x"), "%s" % b"raw")
