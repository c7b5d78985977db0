# Old-style % formatting with too few values.
name = "Bo"
print("%s is %d years and %s" % (name, 7))
