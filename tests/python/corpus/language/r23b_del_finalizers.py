class Resource:
    def __init__(self, name):
        self.name = name
        print(f"acquire {self.name}")
    def __del__(self):
        print(f"release {self.name}")

r = Resource("a")
del r
print("after del a")

r = Resource("b")
r = Resource("c")
print("after rebinding")

def scope():
    local = Resource("d")
    print("leaving scope")
scope()
print("after scope")

items = [Resource("e"), Resource("f")]
items.pop()
print("after pop")
items.clear()
print("after clear")

def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator finalized")
g = gen()
next(g)
del g
print("after del generator")
keep = Resource("g")
print("end of program")
