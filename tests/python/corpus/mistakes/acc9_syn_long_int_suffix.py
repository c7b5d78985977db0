# Python 2's L suffix on a number.
print("start")

big = 10000000000L
print(big)
