# Mistake: __int__ converts with int(self), which calls __int__ again.
class Celsius:
    def __init__(self, degrees):
        self.degrees = degrees
    def __int__(self):
        return int(self)
    def __float__(self):
        return float(self.degrees)

t = Celsius(21.5)
print(float(t))
print(int(t))
