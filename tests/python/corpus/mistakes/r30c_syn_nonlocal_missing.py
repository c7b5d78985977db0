# nonlocal for a name that the enclosing function does not have.
def outer():
    def inner():
        nonlocal total
        total = 1
    inner()
    return "ok"

print(outer())
