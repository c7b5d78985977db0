# Augmented assignment to a getter call instead of the attribute.
class Score:
    def __init__(self):
        self.value = 0
    def get(self):
        return self.value

s = Score()
s.get() += 10
print(s.value)
