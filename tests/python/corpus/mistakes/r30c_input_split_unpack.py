# Unpacking input().split() when the user typed three numbers.
# (kept short on purpose: the mistake is the point)
#
a, b = input("two numbers: ").split()
print(int(a) + int(b))
