class A:
    def greet(self):
        return "A"
    @classmethod
    def make(cls):
        return f"A.make({cls.__name__})"

class B(A):
    def greet(self):
        return "B+" + super().greet()
    @classmethod
    def make(cls):
        return "B+" + super().make()
    @staticmethod
    def static_super():
        return super().greet()

print(B().greet(), B.make())
print(super(B, B()).greet(), super(B, B).make())

def detached(self):
    return super().greet()
B.detached = detached
try:
    B().detached()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    B.static_super()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    super(B, A()).greet()
except TypeError as e:
    print("TypeError:", e)

class C(B):
    def greet(self):
        return "C+" + super(B, self).greet()
print(C().greet())

class D(B):
    def greet(self):
        helper = lambda: super().greet()
        return "D+" + helper()
try:
    print(D().greet())
except RuntimeError as e:
    print('lambda super:', e)
class E(A):
    def greet(self):
        return [super().greet() for _ in range(2)]
try:
    print(E().greet())
except (RuntimeError, TypeError) as e:
    print('comprehension super:', type(e).__name__, e)
print(super(A, A()).greet())
