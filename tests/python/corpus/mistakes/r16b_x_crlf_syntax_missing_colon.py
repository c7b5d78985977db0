# A program with CRLF line endings missing a colon
def greet(name)
    print("hi", name)

greet("ada")
