import functools

class CountCalls:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.calls = 0
        self.func = func
    def __call__(self, *args):
        self.calls += 1
        return self.func(*args)

@CountCalls
def square(x):
    return x * x
print(square(3), square(4), square.calls, square.__name__)
print(type(square).__name__)

def singleton(cls):
    instances = {}
    @functools.wraps(cls)
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Db:
    def __init__(self, url):
        self.url = url
print(Db("a").url, Db("b").url, Db("x") is Db("y"))
print(isinstance(Db("q"), Db))
