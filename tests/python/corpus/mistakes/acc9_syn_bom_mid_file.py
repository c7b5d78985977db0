# A byte order mark pasted in the middle of a file.
print("start")

x = 1
﻿y = 2
print(x + y)
