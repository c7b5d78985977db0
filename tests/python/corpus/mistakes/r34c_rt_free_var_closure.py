# A closure that reads a variable the outer function assigns after defining it
def make_greeter():
    def greet(name):
        return f"{greeting}, {name}!"
    print(greet("ana"))
    greeting = "Hello"
    return greet

make_greeter()
