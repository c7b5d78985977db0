# input() with an empty stdin: the prompt is printed, then EOFError
print('before')
name = input('What is your name? ')
print('Hello', name)
# (end of the program)
