# A lambda whose defaulted parameter comes first.
print("start")

scale = lambda factor=2, x: x * factor
print(scale(x=3))
