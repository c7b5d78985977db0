# A weakref-based cache: WeakValueDictionary entries vanish when the last strong reference goes
import weakref

class Image:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Image({self.name!r})"

cache = weakref.WeakValueDictionary()
def load(name):
    img = cache.get(name)
    if img is None:
        print("  loading", name)
        img = Image(name)
        cache[name] = img
    return img

a = load("cat.png")
b = load("cat.png")
print(a is b, sorted(cache.keys()))
del a, b
print(sorted(cache.keys()))
c = load("cat.png")
r = weakref.ref(c, lambda ref: print("  callback: referent gone"))
print(r() is c, type(r).__name__)
del c
print(r(), len(cache))
