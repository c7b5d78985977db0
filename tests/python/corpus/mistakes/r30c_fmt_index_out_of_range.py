# str.format with fewer arguments than placeholders.
template = "{} scored {} points in {}"
print(template.format("Ana", 10))
