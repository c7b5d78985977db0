# returning the unpacked list as an index
def middle(*args):
    return args[*args]

print(middle(1, 2, 3))
# (end of the program)
