# Sorting folders by total size, where a folder accidentally contains itself
class Folder:
    def __init__(self, name, size):
        self.name, self.size, self.children = name, size, []

def total(folder):
    if not folder.children:
        return folder.size
    return folder.size + total(folder.children[0]) + len(folder.children[1:])

a, b, c = Folder("a", 5), Folder("b", 2), Folder("c", 9)
a.children.append(b)
print([f.name for f in sorted([a, b, c], key=total)])
b.children.append(b)
print([f.name for f in sorted([a, b, c], key=total)])
