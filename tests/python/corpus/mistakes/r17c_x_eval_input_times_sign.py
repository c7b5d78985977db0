# eval() of a typed expression with a × sign instead of *: SyntaxError invalid character, from <string>
import math

expr = input('Expression: ')
print()
value = eval(expr)
print(math.factorial(value))
