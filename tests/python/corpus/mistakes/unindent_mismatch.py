# Mistake: a dedent to a column that matches no outer block.
def factorial(n):
    result = 1
    for i in range(1, n + 1):
        result *= i
      return result

print(factorial(5))
