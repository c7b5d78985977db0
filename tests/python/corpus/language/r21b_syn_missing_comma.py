# a missing comma between list items
fruits = ['apple' 'pear', 'kiwi' 3]
# (end of the program)
# (end of the program)
# (end of the program)
