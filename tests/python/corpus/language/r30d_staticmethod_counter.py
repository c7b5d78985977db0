# Counting instances with a class attribute and classmethods; a staticmethod validator
class Robot:
    population = 0
    _names = set()

    def __init__(self, name):
        if not Robot.valid(name):
            raise ValueError(f"bad robot name {name!r}")
        self.name = name
        Robot.population += 1

    @staticmethod
    def valid(name):
        return name.isalnum() and name[0].isupper()

    @classmethod
    def how_many(cls):
        return f"{cls.population} {cls.__name__.lower()}(s)"

    def die(self):
        Robot.population -= 1
        return f"{self.name} destroyed"


class Drone(Robot):
    pass


r1, r2 = Robot("R2D2"), Drone("C3PO")
print(Robot.how_many(), Drone.how_many(), r1.how_many())
print(r2.die(), Robot.how_many(), Robot.valid("x"), r1.valid("Xy"))
print(type(Robot.__dict__["valid"]).__name__, type(Robot.__dict__["how_many"]).__name__)
print(Robot.valid.__qualname__, Robot.how_many.__func__.__qualname__)
Robot("bad name")
