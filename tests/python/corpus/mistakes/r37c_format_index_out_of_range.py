# a template with numbered fields; I gave one value too few
template = "{0} bought {1} for {2} coins"
print(template.format("ann", "a hat", 5))
print(template.format("bob", "a cap"))
# (end of the program)
