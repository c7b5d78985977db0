# Passed too many arguments to a method.
class Greeter:
    def greet(self, name):
        return "Hello " + name

g = Greeter()
print(g.greet("Ana"))
print(g.greet("Ana", "Bea"))
