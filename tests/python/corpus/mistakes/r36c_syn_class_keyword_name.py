# a small record with a field called class
class Student:
    def __init__(self, name, class):
        self.name = name
        self.group = class

print(Student("ann", "3b").group)
