# a Python 2 habit: print without parentheses
name = 'world'
print 'hello', name
# (end of the program)
# (end of the program)
