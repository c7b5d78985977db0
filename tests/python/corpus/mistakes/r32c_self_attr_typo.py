# A method reads self.nmae instead of self.name.
class User:
    def __init__(self, name, email):
        self.name = name
        self.email = email

    def greeting(self):
        return "Hi " + self.nmae

u = User("Ann", "ann@example.org")
print(u.email)
print(u.greeting())
