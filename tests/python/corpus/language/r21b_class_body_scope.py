# class scopes: comprehension in a class body cannot see class variables
class Config:
    base = 10
    doubled = base * 2
    names = ['a', 'b']
    upper = [n.upper() for n in names]
    print('in class body:', base, doubled, upper)
print(Config.doubled, Config.upper)
class Broken:
    factor = 3
    values = [factor * i for i in range(3)]
