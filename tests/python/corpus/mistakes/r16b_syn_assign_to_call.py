# Assigning to a function call
def total():
    return 0

total() = 10
