# a Percent type usable as a list index through __index__
class Percent:
    def __init__(self, value):
        self.value = value
    def __index__(self):
        return self.value / 10

bars = ["#" * n for n in range(11)]
print(bars[Percent(50)])
