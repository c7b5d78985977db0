# A method defined without self.
class Dice:
    def roll():
        return 4

d = Dice()
print(d.roll())
