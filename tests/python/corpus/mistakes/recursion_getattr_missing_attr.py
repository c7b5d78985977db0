class Lazy:
    def __getattr__(self, name):
        return self.data[name]

x = Lazy()
print(x.size)
