# A list literal never closed at the end of the file.
def factorial(n):
    return 1 if n < 2 else n * factorial(n - 1)

numbers = [5, 7, 3, 6
