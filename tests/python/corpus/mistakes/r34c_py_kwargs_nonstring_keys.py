# Passing a dict with integer keys as keyword arguments
def show(**options):
    for k, v in options.items():
        print(k, "=", v)

show(**{"color": "red", "size": 3})
show(**{1: "first", 2: "second"})
