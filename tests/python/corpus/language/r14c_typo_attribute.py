# A method name misspelt on a class of one's own: AttributeError with "Did you mean".
class Student:
    def __init__(self, name):
        self.name = name
        self.grades = []
    def add_grade(self, g):
        self.grades.append(g)
    def average(self):
        return sum(self.grades) / len(self.grades)

s = Student("Lea")
s.add_grade(90)
s.add_grade(84)
print(s.average())
s.add_grades(77)
