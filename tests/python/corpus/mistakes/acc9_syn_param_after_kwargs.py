# A parameter after **kwargs.
def log(msg, **extra, level):
    print(level, msg, extra)

log("hi", level=1)
