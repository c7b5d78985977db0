# a value that is both an int and a str, for a quick label
class Label(int, str):
    pass

x = Label(5)
print(x + 1)
