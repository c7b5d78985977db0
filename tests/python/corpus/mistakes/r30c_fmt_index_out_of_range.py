# str.format with fewer arguments than placeholders.
# (kept short on purpose: the mistake is the point)
#
template = "{} scored {} points in {}"
print(template.format("Ana", 10))
