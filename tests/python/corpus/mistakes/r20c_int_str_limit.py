# ValueError for int to str conversion over the digit limit
big = 10 ** 5000
print(big.bit_length())
try:
    int("9" * 5000)
except ValueError as e:
    print(e)
print(len(str(big)))
