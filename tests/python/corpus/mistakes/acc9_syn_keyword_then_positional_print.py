# A keyword argument before a positional one in print.
print("start")

name = "worker"
print(sep=": ", name, "started")
