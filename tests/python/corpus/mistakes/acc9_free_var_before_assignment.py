# A closure reading an enclosing variable that is assigned later.
def outer():
    def show():
        return total
    print(show())
    total = 5

outer()
