# Calling a property like a method.
class User:
    def __init__(self, first, last):
        self.first = first
        self.last = last

    @property
    def full_name(self):
        return f"{self.first} {self.last}"

u = User("Grace", "Hopper")
print(u.full_name)
print(u.full_name())
