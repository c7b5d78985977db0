print("%s is %d years" % ("Ann", 42))
print("%(name)s has %(n)03d points" % {"name": "Bob", "n": 7})
print("%5.2f|%-8s|%+d|%x|%X|%o|%e|%g" % (3.14159, "left", 5, 255, 255, 8, 12345.678, 0.00001234))
print("%#x %#o %c %c" % (255, 8, 65, "z"))
print("%r %a" % ("café", "café"))
print("%%d literal and %s" % "done")
print("%*d|%-*d|%.*f" % (6, 42, 6, 42, 2, 3.14159))
print("%s" % (1, ) , "%s" % [1, 2], "%s" % {"a": 1})
print("%10.3s|" % "abcdef")
print("%(x)s %(x)r" % {"x": "same"})
print("%i %u" % (3.9, -2))
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%(k)s", {}), ("%z", 1), ("%d", None)]:
    try:
        print(fmt % args)
    except (TypeError, KeyError, ValueError) as e:
        print(type(e).__name__, e)
