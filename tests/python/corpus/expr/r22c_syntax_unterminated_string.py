# a string literal missing its closing quote
greeting = 'hi'
message = "Welcome to the course
print(greeting, message)
# (end of the program)
