# tutorial 9.6: private variables and name mangling in Mapping/MappingSubclass
class Mapping:
    def __init__(self, iterable):
        self.items_list = []
        self.__update(iterable)
    def update(self, iterable):
        for item in iterable:
            self.items_list.append(item)
    __update = update   # private copy of original update() method
class MappingSubclass(Mapping):
    def update(self, keys, values):
        # provides new signature for update()
        # but does not break __init__()
        for item in zip(keys, values):
            self.items_list.append(item)
m = MappingSubclass([1, 2])
m.update(['a', 'b'], [10, 20])
print(m.items_list)
print(sorted(k for k in vars(Mapping) if 'update' in k))
class Secret:
    def __init__(self):
        self.__hidden = 42
        self._soft = 1
    def reveal(self):
        return self.__hidden
s = Secret()
print(s.reveal(), s._Secret__hidden, s._soft, sorted(vars(s)))
print(getattr(s, '__hidden', 'no plain __hidden'))
print(s.__hidden)
