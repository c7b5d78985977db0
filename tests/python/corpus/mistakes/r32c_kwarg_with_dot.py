# A keyword argument written with an attribute name.
class Opts:
    size = 10

def render(size=0):
    return "#" * size

print(render(Opts.size=3))
