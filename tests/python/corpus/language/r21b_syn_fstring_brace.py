# an f-string with an unmatched brace
x = 1
print(f'value: {x')
# (end of the program)
# (end of the program)
