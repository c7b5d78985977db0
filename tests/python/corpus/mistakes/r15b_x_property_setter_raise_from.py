# Mistake: a property setter re-raises a conversion error with from, and the caller's except names the wrong class.
class Temperature:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        try:
            self._c = float(value)
        except ValueError as e:
            raise TypeError(f"bad temperature {value!r}") from e

t = Temperature()
for reading in ["21.5", "warm"]:
    try:
        t.celsius = reading
        print("set", t.celsius)
    except ValueError:
        print("skipped", reading)
