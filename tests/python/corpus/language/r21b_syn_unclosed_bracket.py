# an unclosed bracket in a list literal reported at its opening
squares = [1, 4, 9, 16, 25
print(squares)
# (end of the program)
# (end of the program)
