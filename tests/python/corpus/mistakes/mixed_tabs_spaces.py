# Mistake: a block indented with spaces, then a line indented with a tab.
def factorial(n):
    result = 1
    for i in range(1, n + 1):
        result *= i
	return result

print(factorial(5))
