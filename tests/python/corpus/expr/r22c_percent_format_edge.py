# %-formatting edge cases learners run into
print("%5.1s|%-6s|%6r|" % ("abc", "x", "y"))
print("%-+8.2f|%+08.2f|% 8.2f|%08.3e" % (3.14159, -3.14159, 2.5, 12345.678))
print("%#.3g %g %#g %.0e %e" % (1.0, 100000.0, 100000.0, 5.0, 0))
print("%c%c%c" % (72, 105, 33), "%c" % 65.0 if False else "%c" % "é")
print("%i%%" % 45.9, "%.2f%%" % 99.5, "%5.1f%%" % 7)
print("%s" % (None,), "%r" % ([1, "a"],), "%s" % {"a": 1}, "%.1f" % True)
print("%(a)s-%(a)r-%(b)05.1f" % {"a": "x", "b": 2.25})
print("%o %x %X %#X" % (-8, -255, 3054, 3054))
print("%10.4s|" % "truncate me", "%-10d|" % -42, "%+5d" % 0)
print("%*.*f|" % (10, 3, 2.0), "%-*s|" % (5, "ab"))
for fmt, args in [("%x", 3.0), ("%d", "3"), ("%s %s", [1, 2]), ("%(x)s %s", {"x": 1}), ("%c", 65.0),
                  ("%.2f", "1.5"), ("%s", ()), ("%", 1), ("%5", 1), ("%*d", ("a", 1)), ("%(x", {"x": 1})]:
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except (TypeError, ValueError, KeyError) as e:
        print(repr(fmt), type(e).__name__ + ":", e)
