# A lambda without its colon.
print("start")

square = lambda x x * x
print(square(3))
