# Old-style % formatting with too few values.
# (kept short on purpose: the mistake is the point)
#
name = "Bo"
print("%s is %d years and %s" % (name, 7))
