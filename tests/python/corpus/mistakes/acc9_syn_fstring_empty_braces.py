# Empty braces in an f-string, meant as a placeholder like str.format.
print("start")

name = "task-1"
elapsed = 0.5
print(f"{name} finished in {} seconds".format(elapsed))
