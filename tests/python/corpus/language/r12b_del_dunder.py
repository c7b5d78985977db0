class Resource:
    def __init__(self, name):
        self.name = name
        print(f"acquire {name}")
    def __del__(self):
        print(f"release {self.name}")

r = Resource("a")
r = Resource("b")
print("rebound")
del r
print("deleted")
def f():
    x = Resource("local")
    return "returned"
print(f())
items = [Resource(i) for i in range(2)]
items.clear()
print("cleared")
keep = Resource("kept")
alias = keep
del keep
print("still alive:", alias.name)
print("end")
