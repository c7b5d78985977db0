# ** with nothing after it in a call.
def show(**kw):
    print(kw)

opts = {"a": 1}
show(**)
