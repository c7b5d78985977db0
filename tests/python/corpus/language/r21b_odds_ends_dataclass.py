# tutorial 9.7: odds and ends, an Employee dataclass as a record
from dataclasses import dataclass
@dataclass
class Employee:
    name: str
    dept: str
    salary: int
john = Employee('john', 'computer lab', 1000)
print(john.dept)
print(john.salary)
print(john)
print(john == Employee('john', 'computer lab', 1000))
class Empty:
    pass
rec = Empty()
rec.name = 'x'; rec.salary = 5
print(vars(rec))
print(Employee('a', 'b'))
