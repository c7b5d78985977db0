# Misspelling a math function name.
import math
print(math.sqrt(16))
print(math.squareroot(16))
# (the learner's program ends here)
