# __getattr__ for a logging proxy and default attributes; __setattr__ and __delattr__ tracking
class LoggingProxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append(("get", name))
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)


class Config:
    debug = False


c = Config()
p = LoggingProxy(c)
p.debug = True
p.level = 3
print(p.debug, p.level, vars(c))
del p.level
print(p._log)
words = LoggingProxy(["b", "a"])
words.append("c")
words.sort()
print(words._target, words._log)
print(len(words))
