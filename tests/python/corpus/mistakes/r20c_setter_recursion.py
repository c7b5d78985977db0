# RecursionError from a property setter assigning to itself
class Temp:
    def __init__(self, c):
        self.celsius = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        self.celsius = value

Temp(5)
