# A width taken from a string variable.
width = "10"
name = "task"
print(f"{name:>{width}}|")
print(f"{len(name):>{width}d}|")
