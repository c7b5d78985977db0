# A classmethod written without its cls parameter.
class Temperature:
    def __init__(self, c):
        self.c = c

    @classmethod
    def from_f(f):
        return Temperature((f - 32) * 5 / 9)

print(Temperature(5).c)
print(Temperature.from_f(212).c)
