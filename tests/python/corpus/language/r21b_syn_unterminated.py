# an unterminated string literal
greeting = 'hello
print(greeting)
# (end of the program)
# (end of the program)
