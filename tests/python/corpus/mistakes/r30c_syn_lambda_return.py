# Writing return inside a lambda.
double = lambda x: return x * 2
print(double(4))
