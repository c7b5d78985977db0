# *args after **kwargs in a call.
def show(*args, **kwargs):
    print(args, kwargs)

items = [1, 2]
opts = {"sep": "-"}
show(**opts, *items)
