# Mistake: a None return travels down through several helpers until one of them uses it.
def load(name):
    if name == 'b':
        return None
    return {'name': name, 'size': len(name) * 10}


def size_of(name):
    return load(name)['size']


def total_size(names):
    return sum(size_of(n) for n in names)


def report(groups):
    return {key: total_size(names) for key, names in groups.items()}


print(report({'x': ['aa', 'ccc'], 'y': ['a', 'b']}))
