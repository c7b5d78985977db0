# a one-value format given the whole record tuple
record = ("bob", 17, "b")
print("name: %s" % record[0])
print("name: %s" % record)
# (end of the program)
