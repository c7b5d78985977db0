# a log line with %-formatting; one placeholder too few
name, done, total = "backup", 3, 10
print("%s: %d" % (name, done))
print("%s: %d of %d" % (name, done))
# (end of the program)
