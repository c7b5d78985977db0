# When does __del__ run? After del, on rebinding, at function return, and when a list is cleared
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)

print("1. del statement")
a = Tracked("a")
del a
print("2. rebinding")
b = Tracked("b1")
b = Tracked("b2")
print("3. function return")
def f():
    t = Tracked("local")
    print("  inside f")
f()
print("4. list cleared")
items = [Tracked(f"i{n}") for n in range(3)]
items.clear()
print("5. exception handler")
try:
    x = Tracked("x")
    raise ValueError
except ValueError:
    del x
print("6. end of program")
keep = Tracked("kept")
last = Tracked("last")
