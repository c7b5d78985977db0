# Mistake: a misspelt builtin; the suggestion comes from the builtins.
def greet(name):
    pritn('Hello', name)

greet('Ada')
