# code pasted from a word processor with curly quotes
name = 'Ana'
print(“Hello”, name)
print('done')
# (end of the program)
