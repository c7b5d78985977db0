# old-style % formatting with tuples and dicts
print("%s is %d years old" % ("Bob", 42))
print("%5s|%-5s|%05d|%+d|% d" % ("ab", "cd", 42, 7, 7))
print("%.2f %10.3f %-10.1f| %e %g %G" % (3.14159, 2.71828, 1.5, 12345.678, 0.00001, 1e20))
print("%x %X %o %#x %#o %c %c" % (255, 255, 8, 255, 8, 65, "z"))
print("%r %s %a" % ("hi", "hi", "hé"))
print("%(name)s has %(count)03d items (%(pct).1f%%)" % {"name": "cart", "count": 7, "pct": 12.345})
print("%s" % (1, 2) if False else "%s" % ((1, 2),))
print("%s" % [1, 2], "%s" % {"k": 1})
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("100%%" % (), "%i %u" % (3, 4))
print("%d" % 3.99, "%d" % True, "%s" % None, "%.3s" % "abcdef")
for fmt, args in [("%d %d", (1,)), ("%d", (1, 2)), ("%d", "x"), ("%z", 1), ("%(a)s", (1,)), ("%c", 1114112), ("%c", "ab")]:
    try:
        print(fmt % args)
    except Exception as e:
        print(repr(fmt), type(e).__name__ + ":", e)
print("%s and %s" % ("a", "b"), "%s" % "solo")
