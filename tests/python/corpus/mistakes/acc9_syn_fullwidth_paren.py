# Full-width parentheses typed with an East Asian keyboard.
def greet(name):
    return "hi " + name

print（greet("Ann")）
