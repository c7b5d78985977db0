# Printing a factorial with more digits than str() allows.
import math

def show(n):
    value = math.factorial(n)
    print(f"{n}! has {value.bit_length()} bits")
    print(f"{n}! = {value}")

show(100)
show(2000)
