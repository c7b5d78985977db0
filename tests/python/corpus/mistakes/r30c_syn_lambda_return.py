# Writing return inside a lambda.
# (kept short on purpose: the mistake is the point)
#
double = lambda x: return x * 2
print(double(4))
