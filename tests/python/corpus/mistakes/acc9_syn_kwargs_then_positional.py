# A positional argument after **kwargs in a call.
def show(*args, **kwargs):
    print(args, kwargs)

opts = {"end": "!"}
show(**opts, "hello")
