# super() inside a staticmethod and inside a plain function.
class Base:
    @staticmethod
    def create():
        return "base"

class Child(Base):
    @staticmethod
    def create():
        return "child of " + super().create()

def helper():
    return super().__init__()

try:
    helper()
except RuntimeError as e:
    print("RuntimeError:", e)
print(Child.create())
