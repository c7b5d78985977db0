# mixing numbered and empty placeholders in str.format
template = "{0} scored {} points ({1}%)"
print(template.format("ann", 42, 84))
# (end of the program)
# (end of the program)
