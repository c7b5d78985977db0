# Old-style % formatting: tuples, dicts, widths, precision, and the classic mistakes
name, age, score = "Ada", 36, 97.456
print("%s is %d years old" % (name, age))
print("%-10s|%5.1f|%05d|%x|%o|%e" % (name, score, age, 255, 8, 12345.678))
print("%(name)s scored %(score).2f" % {"name": name, "score": score})
print("%c%c%c" % (80, 121, 33), "%%d is literal", "%r" % "quote's")
print("%*d|%-*d|" % (6, 42, 4, 7))
print("%s" % [1, 2], "%s" % (1,), "%.3s" % "abcdef")
print("%i %u %G" % (3.9, 7, 1e-10))
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
print("%s %s" % (1, 2, 3))
