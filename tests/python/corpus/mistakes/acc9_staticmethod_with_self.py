# A staticmethod that takes self.
class Math:
    @staticmethod
    def double(self, x):
        return x * 2

print(Math().double(4))
