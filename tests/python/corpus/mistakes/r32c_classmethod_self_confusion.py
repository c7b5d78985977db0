# A staticmethod that tries to use self.
class Temperature:
    unit = "C"

    def __init__(self, value):
        self.value = value

    @staticmethod
    def describe(self):
        return f"{self.value} {self.unit}"

t = Temperature(21)
print(Temperature.describe(t))
print(t.describe())
