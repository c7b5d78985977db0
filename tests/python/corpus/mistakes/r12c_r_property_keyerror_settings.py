# A property that looks up a missing key.
class Settings:
    def __init__(self, values):
        self._values = values

    @property
    def timeout(self):
        return float(self._values["timeout"])

    @property
    def retries(self):
        return int(self._values["retry"])

s = Settings({"timeout": "2.5", "retries": "3"})
print(s.timeout)
print(s.retries)
