class Config:
    base = 10
    doubled = base * 2
    items = [base + i for i in range(3)] if False else None
    names = ["a", "b"]
    upper = [n.upper() for n in names]
    def method(self):
        return base

print(Config.doubled, Config.upper)
try:
    class Broken:
        factor = 3
        scaled = [factor * i for i in range(3)]
except NameError as e:
    print("NameError:", e)

class Ok:
    factor = 3
    scaled = (lambda f: [f * i for i in range(3)])(factor)
print(Ok.scaled)

x = "global"
class Shadow:
    x = "class"
    def get(self):
        return x
    y = x
print(Shadow().get(), Shadow.y)

def f():
    v = "enclosing"
    class Inner:
        print("class body sees", v)
        w = v.upper()
    return Inner.w
print(f())
Config().method()
