# passing the options dict and then the positional list to gather's helper
def report(*names, **opts):
    sep = opts.get("sep", ", ")
    print(sep.join(names))

names = ["ann", "bob"]
opts = {"sep": " | "}
report(**opts, *names)
