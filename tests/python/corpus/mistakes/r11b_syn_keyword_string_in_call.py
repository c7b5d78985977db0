# A keyword argument written with its name in quotes.
def greet(name, greeting="hello"):
    return f"{greeting}, {name}"

print(greet("ann", "greeting"="hi"))
