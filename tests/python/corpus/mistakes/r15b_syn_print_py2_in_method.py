# Mistake: Python 2's print statement with a % format inside a method.
class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self):
        print "Hello, %s!" % self.name

Greeter("Ada").greet()
