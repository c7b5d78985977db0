# A walrus used as a keyword argument.
def show(value):
    print(value)

show(value := 3)
show(value:=4, 5)
