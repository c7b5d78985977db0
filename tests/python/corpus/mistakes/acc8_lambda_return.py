# return inside a lambda.
square = lambda x: return x * x
