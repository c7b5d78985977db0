print("%s is %d years" % ("Bob", 42))
print("%5.2f|%-8s|%08.3f|%+d|%x|%X|%o|%e" % (3.14159, "hi", 2.5, 5, 255, 255, 8, 12345.678))
print("%(name)s has %(n)03d items" % {"name": "cart", "n": 7})
print("%r %s" % ("text", "text"), "%c%c" % (72, "i"))
print("%%d literal and %d" % 5, "%5s|%-5s|" % ("a", "b"))
print("%.3s" % "abcdef", "%*d" % (6, 42), "%-*d|" % (6, 42), "%.*f" % (2, 3.14159))
print("%s" % (1, ), "%s" % [1, 2], "%s" % ((1, 2),))
print("%d" % 3.99, "%i" % -2.5, "%g" % 0.00001, "%g" % 1e20, "%#x" % 255, "%#o" % 8)
for fmt, args in [("%d", ("x",)), ("%s %s", ("one",)), ("%s", (1, 2)), ("%z", (1,)), ("%(a)s", (1,))]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
print("%s and %s" % ["a", "b"])
