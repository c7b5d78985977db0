# A static method that still tries to use self
class Counter:
    count = 0

    @staticmethod
    def increment(self):
        self.count += 1
        return self.count

c = Counter()
print(c.increment())
