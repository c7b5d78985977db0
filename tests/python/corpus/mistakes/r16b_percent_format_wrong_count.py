# %-formatting with too few values
print("== percent format wrong count ==")

name = "ada"
print("%s is %d years old" % name)
