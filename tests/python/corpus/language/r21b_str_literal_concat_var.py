# tutorial: adjacent literal concatenation does not work with a variable
prefix = 'Py'
print(prefix 'thon')
# (end of the program)
# (end of the program)
