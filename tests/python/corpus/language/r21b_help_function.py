# tutorial 4.8.7: help() on a function of one's own shows its docstring
def my_function(a, b=2):
    """Do nothing, but document it.

    No, really, it doesn't do anything.
    """
    pass
help(my_function)
