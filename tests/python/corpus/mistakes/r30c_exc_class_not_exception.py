# An error class that forgot to inherit from Exception.
class NotFound:
    def __init__(self, key):
        self.key = key

def find(d, key):
    if key not in d:
        raise NotFound(key)
    return d[key]

print(find({"a": 1}, "a"))
print(find({"a": 1}, "b"))
