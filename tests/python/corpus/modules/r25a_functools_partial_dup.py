from functools import partial

def volume(l, w, h):
    return l * w * h

box = partial(volume, 2, w=3)
print(box(h=4))
print(box(4))
