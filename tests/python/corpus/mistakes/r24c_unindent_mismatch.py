def greet(name):
        message = "hi " + name
    return message

print(greet("bo"))
