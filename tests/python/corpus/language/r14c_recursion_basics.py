# Recursion basics: factorial, sum of digits, power, string reversal, flatten, and the limit.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def digit_sum(n):
    return n if n < 10 else n % 10 + digit_sum(n // 10)

def power(b, e):
    if e == 0:
        return 1
    half = power(b, e // 2)
    return half * half * (b if e % 2 else 1)

def rev(s):
    return s if len(s) <= 1 else rev(s[1:]) + s[0]

def flatten(x):
    if not isinstance(x, list):
        return [x]
    return [y for item in x for y in flatten(item)]

def depth(x):
    return 1 + max((depth(i) for i in x), default=0) if isinstance(x, list) else 0

print(fact(10), fact(25), digit_sum(987654321), power(3, 13), power(2, 100))
print(rev("recursion"), flatten([1, [2, [3, [4, [5]]]], 6, []]), depth([1, [2, [3]], []]))
def binary_strings(n):
    return [""] if n == 0 else [s + b for s in binary_strings(n - 1) for b in "01"]
print(binary_strings(3))
def count_down(n):
    return count_down(n - 1)
try:
    count_down(5)
except RecursionError as e:
    print("RecursionError:", e)
