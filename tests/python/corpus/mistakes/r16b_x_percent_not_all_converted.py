# %-formatting with one value too many
print("%s and %s" % ("a", "b"))
print("%s" % ("a", "b"))
