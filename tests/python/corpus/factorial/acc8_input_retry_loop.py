# Asking again until the input is a non-negative integer (a word, a negative, an empty line).
while True:
    try:
        n = int(input("Enter a non-negative integer: "))
        if n < 0:
            raise ValueError("negative")
        break
    except ValueError as e:
        print("Invalid:", e)
import math
print(f"{n}! =", math.factorial(n))
