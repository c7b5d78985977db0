# Importing a package that is not installed (a typo of numpy).
import math
import nump as np
print(np.array([1, 2]))
