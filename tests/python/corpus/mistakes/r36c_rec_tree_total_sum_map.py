# adding up the sizes in a tree of folders with sum(map(...)); a shortcut makes a loop
def total(folder):
    return folder["size"] + sum(map(total, folder["children"]))

docs = {"size": 4, "children": []}
home = {"size": 1, "children": [docs, {"size": 2, "children": []}]}
print(total(home))
docs["children"].append(home)
print(total(home))
