# Two methods that call each other, an even/odd check with the wrong base case.
class Parity:
    def is_even(self, n):
        if n == 0:
            return True
        return self.is_odd(n - 1)

    def is_odd(self, n):
        if n == 1:
            return True
        return self.is_even(n - 1)

p = Parity()
print(p.is_even(10))
print(p.is_odd(7))
print(p.is_even(-2))
