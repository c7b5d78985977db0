# %-formatting with fewer values than placeholders.
city = "Oslo"
print("city: %s" % city)
print("%s, %s (%d)" % (city, "NO"))
# (the learner's program ends here)
