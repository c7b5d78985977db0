# Printing a very large integer runs into 3.11's digit limit.
n = 2 ** 20000
print(n.bit_length())
print(len(str(n)))
# (the learner's program ends here)
