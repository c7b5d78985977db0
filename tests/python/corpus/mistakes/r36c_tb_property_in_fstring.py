# a BMI property shown in an f-string; height was given in cm by mistake as 0
class Person:
    def __init__(self, name, kg, m):
        self.name, self.kg, self.m = name, kg, m
    @property
    def bmi(self):
        return self.kg / self.m ** 2

for p in [Person("Ann", 60, 1.65), Person("Bo", 80, 0)]:
    print(f"{p.name}: {p.bmi:.1f}")
