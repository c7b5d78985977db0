# Deleting a cached property value that has no deleter
class Report:
    def __init__(self):
        self._cache = None

    @property
    def data(self):
        if self._cache is None:
            self._cache = [1, 2, 3]
        return self._cache

r = Report()
print(r.data)
del r.data
