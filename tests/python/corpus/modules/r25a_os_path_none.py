import os.path

folder = None
print(os.path.basename("x/y.txt"))
print(os.path.join(folder, "y.txt"))
