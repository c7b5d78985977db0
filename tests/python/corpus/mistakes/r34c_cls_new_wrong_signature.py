# A __new__ that does not accept the constructor arguments
class Singleton:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self, config):
        self.config = config

a = Singleton({"debug": True})
print(a.config)
