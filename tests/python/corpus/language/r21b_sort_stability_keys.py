# sorting HOWTO bits: key functions, stability, reverse, itemgetter, attrgetter, multiple keys
from operator import itemgetter, attrgetter
student_tuples = [('john', 'A', 15), ('jane', 'B', 12), ('dave', 'B', 10)]
print(sorted(student_tuples, key=lambda student: student[2]))
print(sorted(student_tuples, key=itemgetter(2)))
print(sorted(student_tuples, key=itemgetter(1, 2)))
class Student:
    def __init__(self, name, grade, age):
        self.name, self.grade, self.age = name, grade, age
    def __repr__(self):
        return repr((self.name, self.grade, self.age))
students = [Student(*t) for t in student_tuples]
print(sorted(students, key=attrgetter('age')), sorted(students, key=attrgetter('grade', 'age'), reverse=True))
data = [('red', 1), ('blue', 1), ('red', 2), ('blue', 2)]
print(sorted(data, key=itemgetter(0)))
s = sorted(students, key=attrgetter('age'))
print(sorted(s, key=attrgetter('grade'), reverse=True))
print(sorted("This is a test string from Andrew".split(), key=str.casefold))
print(sorted({3: 'c', 1: 'a'}), sorted('bca', reverse=True), sorted([3, 1, 2], key=lambda x: -x))
print(sorted([[2, 'b'], [1, 'z'], [2, 'a']]), max(['aa', 'b', 'ccc'], key=len), min([], default='none'))
print(sorted([1, '2']))
