# Old-style % formatting with the wrong number and type of values
name, count = "apples", "7"
print("%s: %s" % (name, count))
try:
    print("%s: %d" % (name, count))
except TypeError as e:
    print("TypeError:", e)
print("%s has %s of %s" % (name, count))
