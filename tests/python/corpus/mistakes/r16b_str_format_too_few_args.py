# str.format with more fields than arguments
template = "{} scored {} points in {}"
print(template.format("ada", 90))
