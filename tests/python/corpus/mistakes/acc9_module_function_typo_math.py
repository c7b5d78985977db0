# A misspelt math function.
print("start")

import math
print(math.sqroot(16))
