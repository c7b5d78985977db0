# an id that behaves like both an int and a str
class Ident(int, str):
    pass

i = Ident(5)
print(i + 1)
