# print as a statement, Python 2 style
name = "ada"
print "hello", name
