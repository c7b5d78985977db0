# Passing None= as a keyword in a call.
def show(value=None):
    print(value)

show(None=3)
