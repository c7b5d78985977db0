# unexpected keyword argument (3.11 has no suggestion)
def greet(name, greeting="Hello"):
    return f"{greeting}, {name}"

print(greet("Bo", greeting="Hi"))
print(greet("Bo", greting="Hi"))
