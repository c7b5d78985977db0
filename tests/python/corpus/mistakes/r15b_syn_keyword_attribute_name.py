# Mistake: an attribute named after a keyword (self.class).
class Student:
    def __init__(self, name, group):
        self.name = name
        self.class = group

s = Student("Ana", "3B")
print(s.name)
