# A staticmethod that tries to use self.
class Tax:
    rate = 0.2

    @staticmethod
    def apply(self, amount):
        return amount * (1 + self.rate)

t = Tax()
print(t.apply(t, 100))
print(t.apply(100))
