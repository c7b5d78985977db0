# Old-style % formatting: dict keys, * widths, flags, %r vs %s, %c, and the tuple gotcha.
row = {"name": "Widget", "qty": 7, "price": 3.14159}
print("%(name)-10s|%(qty)5d|%(price)8.2f|" % row)
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 3, 2.71828))
print("%+d %+d % d %05d %-5d| %x %X %#x %o %#o %e %E %g %G" % (5, -5, 5, 42, 42, 255, 255, 255, 8, 8, 12345.678, 0.00012, 1e-5, 1e20))
print("%s %r %a" % ("é", "é", "é"), "%c%c" % (72, "i"), "%%d" % (), "%5.1s|" % "abc")
print("%s" % [1, 2], "%s" % ((1, 2),), "%d items" % 3.9, "%i" % True)
point = (3, 4)
try:
    print("point: %s" % point)
except TypeError as e:
    print("TypeError:", e)
print("point: %s" % (point,))
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%(a)s", (1,)), ("%z", 1), ("%c", 1114112)]:
    try:
        fmt % args
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print(b"%s=%d" % (b"k", 5), "%.3s" % "abcdef", "%-6.2f|" % 1.005)
