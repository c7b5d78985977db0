# Unpacking input().split() when the user typed three numbers.
a, b = input("two numbers: ").split()
print(int(a) + int(b))
