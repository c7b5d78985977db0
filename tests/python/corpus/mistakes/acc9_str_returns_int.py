# __str__ returning a number.
class Score:
    def __init__(self, value):
        self.value = value

    def __str__(self):
        return self.value

s = Score(10)
print("score:", s)
