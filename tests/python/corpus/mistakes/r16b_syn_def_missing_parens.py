# A function defined without parentheses
def greet:
    print("hello")

greet()
