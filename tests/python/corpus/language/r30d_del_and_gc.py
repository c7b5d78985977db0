# __del__ runs when the last reference goes, with del, rebinding, and at the end of a function
class Resource:
    def __init__(self, name):
        self.name = name
        print("open", name)

    def __del__(self):
        print("close", self.name)


r = Resource("a")
del r
r = Resource("b")
r = Resource("c")


def scope():
    tmp = Resource("d")
    print("in scope")


scope()
items = [Resource("e"), Resource("f")]
items.pop(0)
print("popped")
items.clear()
keep = Resource("g")
print("end of program")
