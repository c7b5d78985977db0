# %-formatting with more values than placeholders.
name, age = "Ann", 31
print("%s is %d" % (name, age))
print("%s" % (name, age))
# (the learner's program ends here)
