user = {"name": "Mia", "age": 29, "score": 93.456}
print("%(name)s is %(age)d years old" % user)
print("%(name)-6s|%(age)5d|%(score).1f|%(score)8.2f|" % user)
print("%s and %s" % ("a", "b"), "%d%%" % 50, "%5.1f%%" % 12.345)
print("%r %a %s" % ("é", "é", "é"))
print("%x %X %o %#x %#o %e %g %c %c" % (255, 255, 8, 255, 8, 12345.678, 0.00001, 65, "z"))
print("%-5d|%05d|%+d|% d|%*d|%-*d|" % (3, 3, 3, 3, 6, 3, 6, 3))
print("%.3s|%10.2s|" % ("abcdef", "xyz"))
print("%s" % [1, 2], "%s" % (1,), "%s" % ((1, 2),))
print("%(a)s %(a)r" % {"a": "q"})
try:
    print("%s %s" % ("only one",))
except TypeError as e:
    print(e)
try:
    print("%d" % "3")
except TypeError as e:
    print(e)
try:
    print("%s" % (1, 2))
except TypeError as e:
    print(e)
try:
    print("%(missing)s" % user)
except KeyError as e:
    print("KeyError", e)
try:
    print("%z" % 1)
except ValueError as e:
    print(e)
print("%d" % 3.99, "%i" % -2.5, "%s" % None)
print("%(name)s" % {"name": "x", "extra": 1}, "no args" % ())
"%d items" % ([1, 2],)
