# Scaling a list by a float, expecting element-wise multiplication.
prices = [1.0, 2.5, 4.0]
print(prices * 2)
print(prices * 1.1)
# (the learner's program ends here)
