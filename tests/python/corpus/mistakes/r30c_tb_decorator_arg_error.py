# A decorator factory used without calling it.
def repeat(times):
    def deco(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return deco

@repeat
def hello(name):
    return "hi " + name

print(len(hello("Ann")))
