# Old-style % formatting side by side with str.format and f-strings
name, score, ratio = "Zoe", 87, 0.8765
print("%s scored %d (%.1f%%)" % (name, score, ratio * 100))
print("%-8s|%8s|%08.3f|%+d|%x|%X|%o|%e" % ("ab", "cd", 3.14159, 5, 255, 255, 8, 1234.5))
print("%(who)s is %(age)d" % {"who": "Max", "age": 7})
print("%5.2s|%c|%r|%a" % ("abcdef", 65, "hi", "é"))
print("{0} {1} {0}".format("a", "b"), "{name!r:>8}".format(name="q"))
print("{p[0]}-{p[1]} {d[k]} {o.real}".format(p=(1, 2), d={"k": "v"}, o=3))
print("{{braces}} {}".format(1), f"{{{name}}}")
print(f"{name=} {score*2=} {ratio=:.2f} {name!s:>5}")
print("%s" % [1, 2], "%s" % (1,), "%%d")
print("%d items" % "3")
