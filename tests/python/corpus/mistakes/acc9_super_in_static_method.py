# super() in a staticmethod.
class A:
    def hello(self):
        return "A"

class B(A):
    @staticmethod
    def hello():
        return super().hello()

print(B.hello())
