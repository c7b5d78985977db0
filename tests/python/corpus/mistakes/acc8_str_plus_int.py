# Concatenating a str and an int in a message.
def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

n = 5
print("The factorial of " + str(n) + " is " + str(factorial(n)))
print("The factorial of " + n + " is " + factorial(n))
