# A parameter after **kwargs in a function signature
def log(message, **fields, level="info"):
    print(level, message, fields)

log("started", user="ana")
