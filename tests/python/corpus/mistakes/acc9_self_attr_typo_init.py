# A misspelt attribute read in a method.
class User:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return "Hi " + self.nmae

print(User("Ann").greet())
