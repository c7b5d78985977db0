# Importing a package that is not installed (a typo of numpy).
# (kept short on purpose: the mistake is the point)
import math
import nump as np
print(np.array([1, 2]))
