# old-style formatting for a report; the tuple and the placeholders disagree
name, score = "ann", 93.456
print("%s scored %.1f" % (name, score))
print("%s scored %d%%" % (name, score))
print("%s: %s points, rank %d" % (name, score))
