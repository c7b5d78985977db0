class Node:
    def __init__(self, name):
        self.name = name
        self.links = []
    def __repr__(self):
        return f"Node({self.name}, links={self.links})"

a = Node("a")
b = Node("b")
a.links.append(b)
print(a)
lst = [1, 2]
lst.append(lst)
print(lst, len(str(lst)))
d = {"self": None}
d["self"] = d
print(d)
nested = [lst, d, (lst,)]
print(nested)
b.links.append(a)
try:
    print(a)
except RecursionError as e:
    print("RecursionError:", e)
print(repr(a)[:10])
