# print as a statement, Python 2 style
print("== print statement string ==")

name = "ada"
print "hello", name
