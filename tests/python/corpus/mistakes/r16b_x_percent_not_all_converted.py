# %-formatting with one value too many
print("== percent not all converted ==")

print("%s and %s" % ("a", "b"))
print("%s" % ("a", "b"))
