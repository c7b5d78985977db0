# %-formatting with too few values
name = "ada"
print("%s is %d years old" % name)
