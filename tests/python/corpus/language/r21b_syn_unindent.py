# a dedent that matches no outer level
def f():
        x = 1
    return x
# (end of the program)
