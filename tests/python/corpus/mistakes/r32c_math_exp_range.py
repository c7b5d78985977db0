# math.exp of a large value for a softmax.
import math
scores = [1.0, 2.0, 1000.0]
total = sum(math.exp(s) for s in scores)
print(total)
