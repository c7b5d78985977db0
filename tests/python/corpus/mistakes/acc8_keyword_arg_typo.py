# A keyword argument misspelt when calling one's own function.
def factorial(number, verbose=False):
    return 1

print(factorial(3, verbos=True))
