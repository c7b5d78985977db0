class Config:
    def __init__(self, **values):
        self._values = values

    def __getitem__(self, key):
        return self._values[key]

    def __len__(self):
        return len(self._values)


cfg = Config(host="localhost", port=8080)
print(cfg["host"], len(cfg))
for key in cfg:
    print(key, "=", cfg[key])
