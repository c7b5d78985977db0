def outer():
    return middle() + \
        1
def middle():
    x = {"a": 1}
    return (x["a"] +
            x["b"])
outer()
