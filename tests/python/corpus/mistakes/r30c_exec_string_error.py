# Running code from a string with exec, which fails at runtime.
code = """
def greet(name):
    return "hi " + name

print(greet("ann"))
print(greet(3))
"""
exec(code)
