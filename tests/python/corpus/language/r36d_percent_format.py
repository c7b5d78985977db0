# Old-style % formatting, as found in older course notes.
name, score, ratio = "Ada", 97, 0.8765
print("Name: %s, score: %d" % (name, score))
print("%-10s|%10s|" % ("left", "right"))
print("%5.2f%% done" % (ratio * 100))
print("%(who)s scored %(pts)03d" % {"who": name, "pts": 7})
print("%x %X %o %#x %#o %e %E %g" % (255, 255, 8, 255, 8, 12345.678, 0.00012, 1e20))
print("%c%c%c" % (72, "i", 33))
print("%r vs %s" % ("quote", "quote"))
print("%+d %+d % d" % (5, -5, 5))
print("%*d|%-*d|" % (6, 42, 6, 42))
print("%.3s" % "truncate", "%5s" % None, "%s" % [1, 2])
print("%s" % (1,), "%s" % ((1, 2),))
print("%i %u" % (3.99, -2))
for fmt, args in [("%d %d", (1,)), ("%d", (1, 2)), ("%d", "x"), ("%z", 1), ("%(a)s", (1,))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
print(b"%s and %d" % (b"bytes", 5))
print("%.2f" % 2.675, "%.0f" % 0.5, "%.0f" % 1.5)
print("100%%" % ())
