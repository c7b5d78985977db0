# str.format with more fields than arguments
print("== str format too few args ==")

template = "{} scored {} points in {}"
print(template.format("ada", 90))
