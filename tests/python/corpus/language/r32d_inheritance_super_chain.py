# Inheritance with super(): an employee hierarchy, method overriding, and the MRO of mixins
class Person:
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name

    def describe(self):
        return f"{self.name}"


class Employee(Person):
    raise_pct = 1.03

    def __init__(self, name, salary, **kw):
        super().__init__(name, **kw)
        self.salary = salary

    def describe(self):
        return super().describe() + f" earns {self.salary}"

    def give_raise(self):
        self.salary = int(self.salary * self.raise_pct)


class JsonMixin:
    def to_json(self):
        import json
        return json.dumps(vars(self), sort_keys=True)


class LoggerMixin:
    def __init__(self, log_level="INFO", **kw):
        super().__init__(**kw)
        self.log_level = log_level


class Manager(JsonMixin, Employee, LoggerMixin):
    raise_pct = 1.10

    def describe(self):
        return "Manager " + super().describe()


m = Manager("Ada", 5000, log_level="DEBUG")
m.give_raise()
print(m.describe(), m.to_json())
print([c.__name__ for c in Manager.__mro__])
print(isinstance(m, Person), issubclass(Manager, LoggerMixin), Employee.__bases__, Manager.__base__)
print(super(Employee, m).describe(), Employee.describe(m))
Person("x", salary=3)
