# A method defined without self, called on an instance.
class Greeter:
    def greet(name):
        return "hello " + name

g = Greeter()
print(Greeter.greet("direct"))
print(g.greet("Ann"))
