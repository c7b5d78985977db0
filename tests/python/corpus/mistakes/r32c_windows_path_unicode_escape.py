# A Windows user path in a normal string: \U starts a unicode escape.
import os

folder = "C:\Users\ann\Documents"
print(os.path.basename(folder))
print("done")
