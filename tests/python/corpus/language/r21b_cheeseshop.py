# tutorial 4.8.2: *arguments and **keywords in cheeseshop
def cheeseshop(kind, *arguments, **keywords):
    print("-- Do you have any", kind, "?")
    print("-- I'm sorry, we're all out of", kind)
    for arg in arguments:
        print(arg)
    print("-" * 40)
    for kw in keywords:
        print(kw, ":", keywords[kw])
cheeseshop("Limburger", "It's very runny, sir.",
           "It's really very, VERY runny, sir.",
           shopkeeper="Michael Palin",
           client="John Cleese",
           sketch="Cheese Shop Sketch")
def show(*args, **kwargs):
    print(type(args).__name__, args, type(kwargs).__name__, kwargs)
show()
show(1, 2, x=3)
show(*[1, 2], *(3,), **{'a': 1}, b=2)
cheeseshop()
