# return inside a lambda
print("== lambda with return ==")

double = lambda x: return x * 2
print(double(3))
