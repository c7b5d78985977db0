import os.path

name = "scores.txt"
print(os.path.splitext(name))
if os.path.exists(name):
    print("found", name)
else:
    print("no", name)
