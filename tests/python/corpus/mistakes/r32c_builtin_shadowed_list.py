# Naming a variable list and then calling list() later.
list = [3, 1, 2]
print(sorted(list))

def unique(items):
    return list(set(items))

print(unique([1, 1, 2]))
