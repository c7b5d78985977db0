# Mistake: a line indented with a tab where the others use spaces.
def factorial(n):
    result = 1
    for i in range(1, n + 1):
        result *= i
	return result

print(factorial(5))
