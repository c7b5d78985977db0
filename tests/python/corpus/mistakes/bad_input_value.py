# Mistake: int(input()) on text that is not a number.
n = int(input('Which factorial? '))
print(n)
m = int(input('And another? '))
print(m)
