# Mistake: a keyword used as a variable name.
numbers = [5, 7, 3, 6]

class = 'factorials'
print(class, numbers)
