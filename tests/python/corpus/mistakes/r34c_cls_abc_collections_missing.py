# A custom mapping based on collections.abc that misses required methods
from collections.abc import Mapping

class Settings(Mapping):
    def __init__(self, **values):
        self._values = values

    def __getitem__(self, key):
        return self._values[key]

s = Settings(debug=True)
